import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontSubsetter } from '../render-docx';

/*
 * HarfBuzz's font subsetter for the DOCX's brand fonts (render-docx/font-subset.ts says why they are subset). Its
 * WebAssembly ships in the harfbuzzjs package and is read from disk, never fetched: Node resolves the package from
 * this module's own file, as it resolves sharp, so the same lookup finds node_modules/ from shared/export/ (tests),
 * out/cli/ (the command line's bundle), out/web/ (the web host's) and out/main/ (Electron's), all inside the
 * repository. Loaded on first use, so only an export with a brand font pays for it (a few milliseconds to compile, a few tens
 * for the first subset).
 */

/** The module's file: where `npm ci` put harfbuzzjs for this copy of Pressdesk. */
export const harfbuzzSubsetWasm = (): string => createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm');

let loading: Promise<FontSubsetter> | undefined;

async function load(): Promise<FontSubsetter> {
  const [{ harfbuzzSubsetter }, bytes] = await Promise.all([import('../render-docx'), readFile(harfbuzzSubsetWasm())]);
  return harfbuzzSubsetter(await WebAssembly.compile(bytes));
}

/**
 * Subsets a font with HarfBuzz, loading it the first time. A failure to load rejects (the renderer then embeds the
 * font whole) and is not kept: the next export tries again, after, say, `npm ci` has put a missing package back.
 */
export const subsetFont: FontSubsetter = async (font, codePoints) => {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return (await loading)(font, codePoints);
};
