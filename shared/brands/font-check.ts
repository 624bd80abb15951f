import fontkit from '@cantoo/fontkit';
import { LANGUAGE_LETTERS } from './language-letters';

/*
 * Whether a font a user adds to a brand can set a release: one TrueType or OpenType face that fontkit reads, that
 * may be embedded in documents, and that has every letter of English, Welsh and Scottish Gaelic (a release in
 * Wales or Scotland must never come out with a missing ŵ). Bytes in, reasons out; no file system.
 */

/** The letters checked, from language-letters.ts (render-docx reads them there, without fontkit). */
export { LANGUAGE_LETTERS };

export type FontCheck =
  | { readonly ok: true; readonly family: string }
  | {
      readonly ok: false;
      /** Completes `"file" cannot be used as a font, because it …`. */
      readonly reason: string;
    };

/** The first bytes of formats that are fonts, but not ones a brand can use. */
const SIGNATURES: readonly { readonly tag: string; readonly reason: string }[] = [
  { tag: 'wOFF', reason: 'is a web font (WOFF); add the TTF or OTF file of the font instead' },
  { tag: 'wOF2', reason: 'is a web font (WOFF2); add the TTF or OTF file of the font instead' },
  { tag: 'ttcf', reason: 'is a collection of several fonts (TTC); add the TTF or OTF file of the one style you want' },
];
/** TrueType (1.0 and Apple's 'true') and OpenType with CFF outlines ('OTTO'). */
const SFNT = ['\x00\x01\x00\x00', 'true', 'OTTO'];

/**
 * OS/2 fsType bit 1, "restricted licence embedding": the font's maker forbids putting it in documents. fontkit
 * decodes fsType as flags (`noEmbedding` is that bit); a plain number is read too, in case that ever changes.
 */
const restrictsEmbedding = (fsType: unknown): boolean =>
  typeof fsType === 'number' ? (fsType & 0x000f) === 0x0002 : typeof fsType === 'object' && fsType !== null && (fsType as { noEmbedding?: unknown }).noEmbedding === true;

export function checkFont(bytes: Uint8Array): FontCheck {
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  const known = SIGNATURES.find((signature) => signature.tag === tag);
  if (known !== undefined) return { ok: false, reason: known.reason };
  if (!SFNT.includes(tag)) return { ok: false, reason: 'is not a TrueType or OpenType font (TTF or OTF)' };

  let opened: unknown;
  try {
    opened = fontkit.create(bytes);
  } catch {
    return { ok: false, reason: 'is damaged: it cannot be read as a font' };
  }
  if (opened === null || typeof opened !== 'object' || !('layout' in opened) || !('hasGlyphForCodePoint' in opened)) {
    return { ok: false, reason: 'is a collection of several fonts; add the TTF or OTF file of the one style you want' };
  }
  const font = opened as OpenedFace;
  let missing: string[];
  let restricted: boolean;
  try {
    missing = missingLetters((codePoint) => font.hasGlyphForCodePoint(codePoint));
    restricted = restrictsEmbedding(font['OS/2']?.fsType);
  } catch {
    // fontkit reads tables lazily, so a damaged cmap or OS/2 table only shows once asked.
    return { ok: false, reason: 'is damaged: it cannot be read as a font' };
  }
  if (missing.length > 0) return { ok: false, reason: `lacks letters needed for ${missing.join('; for ')}` };
  if (restricted) {
    return { ok: false, reason: "has a licence that does not allow it to be embedded in documents; ask the font's supplier for a version that does" };
  }
  return { ok: true, family: familyName(font) };
}

/** The little of fontkit's font this check reads. */
interface OpenedFace {
  hasGlyphForCodePoint(codePoint: number): boolean;
  readonly 'OS/2'?: { readonly fsType?: unknown };
  readonly familyName?: unknown;
}

/** "Welsh: ŵ Ŵ", one entry per language that lacks anything, in the order of LANGUAGE_LETTERS. */
export function missingLetters(has: (codePoint: number) => boolean): string[] {
  return LANGUAGE_LETTERS.flatMap(({ language, letters }) => {
    const lacking = [...letters].filter((letter) => !has(letter.codePointAt(0)!));
    return lacking.length === 0 ? [] : [`${language}: ${lacking.map(describeLetter).join(' ')}`];
  });
}

const describeLetter = (letter: string): string => (letter === ' ' ? 'space' : letter);

function familyName(font: OpenedFace): string {
  let name: unknown;
  try {
    name = font.familyName;
  } catch {
    name = undefined;
  }
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : 'the font';
}
