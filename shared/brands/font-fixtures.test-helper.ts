import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fontkit from '@cantoo/fontkit';

/*
 * Test fonts made from the bundled Liberation Sans with fontkit's createSubset, so no font binaries live in git.
 * fontkit's TrueType subset has no cmap (PDF embedding does not need one), so a format-12 cmap mapping the kept
 * characters to their new glyphs is added here: without it no program could find any letter in the font.
 */

export const FONTS_DIR = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));
export const bundledFont = (file: string): Uint8Array => new Uint8Array(readFileSync(`${FONTS_DIR}${file}`));

interface SubsetFace {
  glyphForCodePoint(codePoint: number): { id: number };
  createSubset(): { includeGlyph(glyph: number): number; includeTable(tag: string): unknown; encode(): Uint8Array };
  'OS/2': Record<string, unknown> & { fsType: Record<string, boolean> };
}

export interface SubsetOptions {
  /** Sets OS/2's "restricted licence embedding" flag. */
  readonly noEmbedding?: boolean;
}

/** Liberation Sans with only `characters` (each mapped in the cmap), as TTF bytes. */
export function subsetFont(characters: string, options: SubsetOptions = {}): Uint8Array {
  const font = fontkit.create(bundledFont('LiberationSans-Regular.ttf')) as unknown as SubsetFace;
  const subset = font.createSubset();
  const map = new Map<number, number>();
  for (const character of new Set(characters)) {
    const codePoint = character.codePointAt(0)!;
    map.set(codePoint, subset.includeGlyph(font.glyphForCodePoint(codePoint).id));
  }
  font['OS/2'].fsType = { ...font['OS/2'].fsType, noEmbedding: options.noEmbedding === true };
  subset.includeTable('OS/2');
  return withTable(subset.encode(), 'cmap', format12Cmap(map));
}

function format12Cmap(map: ReadonlyMap<number, number>): Uint8Array {
  const groups = [...map].sort(([a], [b]) => a - b);
  const subtableLength = 16 + groups.length * 12;
  const bytes = new Uint8Array(12 + subtableLength);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0); // version
  view.setUint16(2, 1); // one encoding record
  view.setUint16(4, 3); // Windows
  view.setUint16(6, 10); // Unicode full repertoire
  view.setUint32(8, 12); // subtable offset
  view.setUint16(12, 12); // format 12
  view.setUint32(16, subtableLength);
  view.setUint32(20, 0); // language
  view.setUint32(24, groups.length);
  groups.forEach(([codePoint, glyph], index) => {
    const at = 28 + index * 12;
    view.setUint32(at, codePoint);
    view.setUint32(at + 4, codePoint);
    view.setUint32(at + 8, glyph);
  });
  return bytes;
}

/** The sfnt `font` with one more table (checksums are left at 0: fontkit, like most readers, does not check them). */
function withTable(font: Uint8Array, tag: string, table: Uint8Array): Uint8Array {
  const source = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = source.getUint16(4);
  const tables: { tag: string; data: Uint8Array }[] = [];
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const offset = source.getUint32(record + 8);
    tables.push({ tag: String.fromCharCode(...font.subarray(record, record + 4)), data: font.subarray(offset, offset + source.getUint32(record + 12)) });
  }
  tables.push({ tag, data: table });
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const pad = (length: number): number => (length + 3) & ~3;
  const headerLength = 12 + tables.length * 16;
  const out = new Uint8Array(headerLength + tables.reduce((sum, entry) => sum + pad(entry.data.length), 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, source.getUint32(0));
  view.setUint16(4, tables.length);
  let offset = headerLength;
  tables.forEach((entry, index) => {
    const record = 12 + index * 16;
    for (let i = 0; i < 4; i++) out[record + i] = entry.tag.charCodeAt(i);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, entry.data.length);
    out.set(entry.data, offset);
    offset += pad(entry.data.length);
  });
  return out;
}
