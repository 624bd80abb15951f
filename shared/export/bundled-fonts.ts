import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PressdeskError } from '../errors';
import type { FaceKey, FontFiles, ShapingTable } from '../render-pdf';

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

/** The faces resources/fonts/shaping.json describes (scripts/build-shaping-tables.ts); the fallback faces only
 *  draw what these lack, so they are shaped by fontkit as they come. */
export const SHAPED_FONT_FILES: readonly string[] = [FILES.regular, FILES.bold, FILES.italic, FILES.boldItalic];

export const SHAPING_TABLES_FILE = `${BUNDLED_FONTS_DIR}shaping.json`;

export interface ShapingTablesFile {
  readonly about: string;
  readonly faces: Record<string, ShapingTable & { readonly sha256: string }>;
}

/**
 * The shaping tables for the fonts as read: a face whose bytes are not the ones its table was made from (the font
 * was replaced and the script not run again) gets none, and is shaped by fontkit, slower at first but right.
 */
async function shapingTables(dir: string, files: Record<string, Uint8Array>): Promise<FontFiles['shaping']> {
  let stored: ShapingTablesFile;
  try {
    stored = JSON.parse(await readFile(`${dir}shaping.json`, 'utf8')) as ShapingTablesFile;
  } catch {
    return undefined;
  }
  const tables: Partial<Record<FaceKey, ShapingTable>> = {};
  // Web Crypto hashes on the thread pool: 3 MB of fonts no longer hold up a cold export's main thread (~8 ms).
  await Promise.all(
    (Object.entries(FILES) as [FaceKey, string][]).map(async ([face, file]) => {
      const table = stored.faces?.[file];
      if (table !== undefined && (await sha256(files[face]!)) === table.sha256) tables[face] = table;
    }),
  );
  return tables;
}

const sha256 = async (bytes: Uint8Array): Promise<string> => Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');

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
    const files = Object.fromEntries(entries);
    return { ...files, shaping: await shapingTables(dir, files) } as unknown as FontFiles;
  })();
  if (dir === BUNDLED_FONTS_DIR) cached = loading;
  return loading;
}

