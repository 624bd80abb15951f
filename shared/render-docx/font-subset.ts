import { LANGUAGE_LETTERS } from '../brands/language-letters';
import type { DocTree, FontFile, Theme } from '../doc-tree';
import { identityOf } from './identity';
import { KeptCache } from './kept-cache';

/*
 * The brand fonts the DOCX embeds, cut down to what an approver editing the release in Word is likely to type plus
 * every character the document uses, as Word's own "Embed only the characters used in the document" does but
 * keeping the editing repertoire. A whole brand font made a co-branded release's .docx five times the size (760 KB of
 * DejaVu Sans: a 480 KB file instead of 90 KB), to be emailed round for sign-off, and writing it was most of the extra
 * time of a co-branded export. A character the font lacks is simply not in the subset.
 */

/**
 * Makes a subset of a font (TTF or OTF bytes) keeping the glyphs of `codePoints` and what they need (the export
 * pipeline passes HarfBuzz's: harfbuzz-subset.ts). Throws, or rejects, when it cannot: the font is then embedded whole.
 */
export type FontSubsetter = (font: Uint8Array, codePoints: readonly number[]) => Uint8Array | Promise<Uint8Array>;

/** A font could not be subset; said in the subsetter's words, and never seen by the user (the font goes in whole). */
export class FontSubsetError extends Error {
  override readonly name = 'FontSubsetError';
}

const range = (first: number, last: number): number[] => Array.from({ length: last - first + 1 }, (_, index) => first + index);

/**
 * The characters every embedded brand font keeps, whether the document uses them or not: what an approver is likely
 * to type in Word. Basic Latin, Latin-1 Supplement and Latin Extended-A (every western and central European letter,
 * Polish and Czech as well as French and German), the Welsh ẁ ẃ ẅ ỳ beyond them and every letter the brand check asks
 * of a font (LANGUAGE_LETTERS), general punctuation (dashes, curly quotes, the bullet, ellipsis, ‹ ›), and € £ ™ © °.
 */
export const EDITING_REPERTOIRE: ReadonlySet<number> = new Set([
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...range(0x100, 0x17f),
  ...range(0x1e80, 0x1e85),
  0x1ef2,
  0x1ef3,
  ...LANGUAGE_LETTERS.flatMap(({ letters }) => [...letters].map((letter) => letter.codePointAt(0)!)),
  ...range(0x2010, 0x203a),
  ...[...'€£™©°'].map((character) => character.codePointAt(0)!),
]);

/** `[^…]` of the code points as ranges: `\u{20}-\u{7e}\u{a0}-\u{17f}…`. */
const negatedClass = (codePoints: ReadonlySet<number>): string => {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const hex = (codePoint: number): string => `\\u{${codePoint.toString(16)}}`;
  let ranges = '';
  for (let first = 0; first < sorted.length; ) {
    let last = first;
    while (last + 1 < sorted.length && sorted[last + 1] === sorted[last]! + 1) last++;
    ranges += last > first ? `${hex(sorted[first]!)}-${hex(sorted[last]!)}` : hex(sorted[first]!);
    first = last + 1;
  }
  return `[^${ranges}]`;
};

/** Each character outside the repertoire, made from it so the two cannot differ: found by V8's regex engine, not a loop. */
const BEYOND_REPERTOIRE = new RegExp(negatedClass(EDITING_REPERTOIRE), 'gu');

/**
 * Every character of the tree's text outside the editing repertoire, in order. All the text, not only what is set in
 * the brand's fonts: headings, body, lists, quotes, tables, captions and credits, the page furniture's lines, alt text
 * and the properties. A character too many costs a glyph; one too few would show in another font.
 */
export function charactersBeyondRepertoire(tree: DocTree): number[] {
  const found = new Set<number>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      // Reading every character in JavaScript was a tenth of a co-branded release's render.
      const beyond = value.match(BEYOND_REPERTOIRE);
      if (beyond !== null) for (const character of beyond) found.add(character.codePointAt(0)!);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
      for (const item of Object.values(value)) visit(item);
    }
  };
  // The theme holds no text, only names, colours and the font files themselves.
  visit([tree.meta, tree.page, tree.blocks]);
  return [...found].sort((a, b) => a - b);
}

/** Subsets made, by font (identity.ts) and the characters beyond the repertoire. */
const cache = new KeptCache<Promise<Uint8Array>>();

/**
 * The font's subset for a document whose text has `beyond` (charactersBeyondRepertoire), or the whole font when the
 * subsetter fails (odd tables, or HarfBuzz missing). The same font and characters give the same bytes object at every
 * export, so its obfuscated part, its key and its compressed form are made once (font-parts.ts, pack.ts), and the kept
 * font table, keyed by the embedded bytes, stays right (font-table-parts.ts). A re-export of an English release, however
 * its words change, reuses its subset.
 */
export function embeddedFont(font: Uint8Array, beyond: readonly number[], subsetter: FontSubsetter): Promise<Uint8Array> {
  const key = `${identityOf(font)}:${beyond.join(',')}`;
  let made = cache.get(key);
  if (made === undefined) {
    const codePoints = [...EDITING_REPERTOIRE, ...beyond];
    // A subsetter that throws at once is caught here too: the font is never lost, the export never fails for it. A
    // failure is not kept: the next export tries again (HarfBuzz fails fast on a font it cannot read).
    const making: Promise<Uint8Array> = Promise.resolve()
      .then(() => subsetter(font, codePoints))
      .catch(() => {
        if (cache.get(key) === making) cache.delete(key);
        return font;
      });
    cache.set(key, (made = making));
  }
  return made;
}

/** The theme's font files with the bytes to embed in place of each font's: its subset for this tree. */
export async function withEmbeddedFonts(theme: Theme, tree: DocTree, subsetter: FontSubsetter): Promise<Theme> {
  const files = theme.fontFiles;
  if (files === undefined) return theme;
  const beyond = charactersBeyondRepertoire(tree);
  const embed = async (file: FontFile | undefined): Promise<FontFile | undefined> => (file ? { ...file, bytes: await embeddedFont(file.bytes, beyond, subsetter) } : undefined);
  const [heading, body] = await Promise.all([embed(files.heading), embed(files.body)]);
  return { ...theme, fontFiles: { ...(heading ? { heading } : {}), ...(body ? { body } : {}) } };
}
