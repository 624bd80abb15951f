import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PressdeskError } from '../errors';
import type { FontFiles } from '../render-pdf';

/**
 * The fonts the PDF embeds ship with the app in resources/fonts/ (nothing is fetched at run time). This file and
 * the bundled command line (out/cli/) both sit two folders below the repository root.
 */
export const BUNDLED_FONTS_DIR = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));

const FILES = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
  fallback: 'DejaVuSans.ttf',
  fallbackBold: 'DejaVuSans-Bold.ttf',
} as const;

let cached: Promise<FontFiles> | undefined;

/** Reads the bundled fonts once per process. */
export function bundledFonts(dir: string = BUNDLED_FONTS_DIR): Promise<FontFiles> {
  if (dir === BUNDLED_FONTS_DIR && cached) return cached;
  const loading = (async () => {
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([face, file]) => {
        try {
          return [face, new Uint8Array(await readFile(`${dir}${file}`))] as const;
        } catch {
          throw new PressdeskError(`Pressdesk's own font ${file} is missing from ${dir}; reinstall Pressdesk (run npm run setup).`);
        }
      }),
    );
    return Object.fromEntries(entries) as unknown as FontFiles;
  })();
  if (dir === BUNDLED_FONTS_DIR) cached = loading;
  return loading;
}
