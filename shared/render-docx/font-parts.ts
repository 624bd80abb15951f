/*
 * Embedded brand fonts as package parts that stay the same from one export to the next. docx embeds a font by copying
 * it whole and obfuscating it (ECMA-376 font embedding: the first 32 bytes XORed with a GUID key) under a new random
 * key each time, so a 700 KB font was copied, checksummed, zipped and written afresh at every export and could not be
 * compressed once and kept. Here docx gets a stand-in of a few bytes; packDocx puts the font back, obfuscated under a
 * key made once per font (per process) and kept with the obfuscated bytes, and writes that key into word/fontTable.xml
 * in place of docx's. The zip then finds the same bytes object each time and reuses its compressed form (pack.ts).
 */

/** Obfuscation covers the font's first 32 bytes; the stand-in's marker sits after them, where docx leaves it as is. */
const OBFUSCATED_BYTES = 32;
const MARKER = 'pressdesk-font-';

const latin1 = new TextDecoder('latin1');
const encoder = new TextEncoder();

/** A stand-in for docx: 32 bytes docx will XOR, then a marker naming which font it stands for. */
export const fontStandIn = (index: number): Uint8Array => {
  const marker = encoder.encode(`${MARKER}${index}`);
  const standIn = new Uint8Array(OBFUSCATED_BYTES + marker.length);
  standIn.set(marker, OBFUSCATED_BYTES);
  return standIn;
};

/** The marker in a part docx wrote from a stand-in, or undefined for any other part. */
export const standInMarker = (part: Uint8Array): string | undefined => {
  if (part.length > OBFUSCATED_BYTES + 40) return undefined;
  const marker = latin1.decode(part.subarray(OBFUSCATED_BYTES));
  return marker.startsWith(MARKER) ? marker : undefined;
};

export const markerOf = (index: number): string => `${MARKER}${index}`;

interface StableFont {
  /** "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}", as w:fontKey writes it. */
  readonly key: string;
  /** The font obfuscated under `key`: the same array at every export. */
  readonly part: Uint8Array;
}

const stable = new WeakMap<Uint8Array, StableFont>();

/** The font's obfuscated part and its key, made once per font bytes object. */
export function stableFont(font: Uint8Array): StableFont {
  let found = stable.get(font);
  if (found === undefined) {
    const random = crypto.getRandomValues(new Uint8Array(16));
    const hex = [...random].map((byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join('');
    const key = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
    found = { key, part: obfuscate(font, hex) };
    stable.set(font, found);
  }
  return found;
}

/** ECMA-376 Part 2 font obfuscation, as Word and docx do it: the key's 16 bytes, in reverse, XORed over the first 32. */
function obfuscate(font: Uint8Array, hex: string): Uint8Array {
  const key = Array.from({ length: 16 }, (_, index) => parseInt(hex.slice(index * 2, index * 2 + 2), 16)).reverse();
  const out = new Uint8Array(font);
  for (let index = 0; index < Math.min(OBFUSCATED_BYTES, out.length); index++) out[index]! ^= key[index % key.length]!;
  return out;
}

/** docx embedded fonts in a way restoreFonts does not recognise: it cannot put the fonts back. */
export class FontPartsError extends Error {
  override readonly name = 'FontPartsError';
}

/**
 * Puts each font back where docx wrote a stand-in (word/fonts/fontN.odttf), and its stable key into the font table
 * in place of the random one docx obfuscated the stand-in with. Returns the parts that are font files now.
 */
export function restoreFonts(files: Map<string, string | Uint8Array>, fonts: ReadonlyMap<string, Uint8Array>): Set<Uint8Array> {
  const restored = new Set<Uint8Array>();
  if (fonts.size === 0) return restored;
  const rels = files.get('word/_rels/fontTable.xml.rels');
  let table = files.get('word/fontTable.xml');
  if (typeof rels !== 'string' || typeof table !== 'string') throw new FontPartsError('docx wrote no font table for the embedded fonts.');
  for (const [path, data] of files) {
    if (!path.startsWith('word/fonts/') || typeof data === 'string') continue;
    const marker = standInMarker(data);
    const font = marker === undefined ? undefined : fonts.get(marker);
    if (font === undefined) continue;
    const target = path.slice('word/'.length);
    const id = new RegExp(`<Relationship Id="([^"]+)"[^>]*Target="${target.replace(/[.]/g, '\\.')}"`).exec(rels)?.[1];
    const embed: RegExpExecArray | null = id === undefined ? null : new RegExp(`r:id="${id}" w:fontKey="\\{[0-9A-Fa-f-]+\\}"`).exec(table);
    if (!embed) throw new FontPartsError(`docx's font table no longer names ${target} the way font-parts.ts expects.`);
    const { key, part } = stableFont(font);
    table = table.replace(embed[0], `r:id="${id}" w:fontKey="${key}"`);
    files.set(path, part);
    restored.add(part);
  }
  files.set('word/fontTable.xml', table);
  return restored;
}
