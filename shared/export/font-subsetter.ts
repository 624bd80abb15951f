import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as V8 from 'node:v8';
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
  baselineWebAssemblyOnly();
  return harfbuzzSubsetter(await WebAssembly.compile(bytes));
}

/**
 * Keeps V8 to its baseline WebAssembly compiler (Liftoff) from here on. By default V8 recompiles a module's busy
 * functions with its optimising compiler on background threads: after one subset of a brand font that was 0.7 s of
 * CPU, which on a two-core machine slowed the export and held up the command line's exit (Node waits for those
 * threads) by half a second or more, for subsets that take 2–3 ms either way once warm. The flag is process-wide and
 * read when a module is compiled; HarfBuzz's is the only WebAssembly Pressdesk compiles. Node and Electron let flags
 * be set after start-up; should that ever fail, V8 just optimises as it would have.
 */
function baselineWebAssemblyOnly(): void {
  try {
    // node:v8 required here, on first use: every export loads this module, few have a brand font. Not import(): the
    // command line's bundle runs as a vm.Script, which has no dynamic import.
    (createRequire(import.meta.url)('node:v8') as typeof V8).setFlagsFromString('--liftoff-only');
  } catch {
    // Flags frozen by the embedder: the subsets are the same, only the first export is slower.
  }
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
