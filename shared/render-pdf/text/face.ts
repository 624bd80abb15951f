import type { Font, Glyph } from '@cantoo/fontkit';

/** A text shaped by fontkit in one face: glyphs in visual order with positions in ems, kerning applied. */
export interface Shaped {
  readonly glyphs: readonly Glyph[];
  readonly xAdvance: Float64Array;
  /** null when every offset is 0 (plain Latin), to keep drawing fast. */
  readonly xOffset: Float64Array | null;
  readonly yOffset: Float64Array | null;
  /** Total advance in ems. */
  readonly em: number;
  /** Shaped right to left (Arabic, Hebrew): glyphs are already in visual order. */
  readonly rtl: boolean;
}

/** Enough entries for the vocabulary of many long documents; cleared, not evicted, past this (simple and rare). */
const MAX_CACHED = 50_000;

interface SimpleLetter {
  readonly glyph: Glyph;
  /** ems */
  readonly advance: number;
}

/**
 * 'latn' or 'zyyy' (common: digits, punctuation, symbols) for the characters the pairwise shaper takes, null for
 * the rest (other scripts, combining marks, anything outside the BMP's Latin and punctuation blocks).
 */
const simpleScript = (cp: number): 'latn' | 'zyyy' | null => {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad) return null;
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) ? 'latn' : 'zyyy';
  if (cp < 0xc0) return cp === 0xaa || cp === 0xba ? 'latn' : 'zyyy';
  if (cp < 0x250) return cp === 0xd7 || cp === 0xf7 ? 'zyyy' : 'latn';
  if (cp >= 0x1e00 && cp <= 0x1eff) return 'latn';
  if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205e) || (cp >= 0x20a0 && cp <= 0x20c0)) return 'zyyy';
  return null;
};

/**
 * The characters a shaping table answers for (see ShapingTable): Basic Latin, Latin-1, Latin Extended-A (Welsh ŵ ŷ,
 * Polish, Czech, ...), Welsh ẁ ẃ ẅ ỳ, dashes, quotation marks, bullets, ellipsis, per mille, guillemets and €.
 */
const TABLE_DOMAIN: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x1e80, 0x1e85],
  [0x1ef2, 0x1ef3],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
];

const inTableDomain = (cp: number): boolean => {
  for (const [from, to] of TABLE_DOMAIN) if (cp >= from && cp <= to) return simpleScript(cp) !== null;
  return false;
};

/** Every code point a shaping table answers for, in order. */
export const tableDomain = (): number[] => TABLE_DOMAIN.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)).filter(inTableDomain);

/**
 * What fontkit's layout says about one face's letters and pairs, worked out ahead of time (for the bundled fonts,
 * by scripts/build-shaping-tables.ts into resources/fonts/shaping.json). The first layout call on a face makes
 * fontkit decode its whole GSUB and GPOS tables, a quarter of a second over the four faces at a cold start, for a
 * few hundred letters and pairs; the table answers them without it. Only for the domain above; other characters go
 * to fontkit as before. `Face.tableFor` builds one from the live answers, so the two cannot differ in kind, and
 * shaping-table.test.ts checks the shipped file against fontkit.
 */
export interface ShapingTable {
  /** The domain's characters whose letter is simple (its own cmap glyph at its own advance). */
  readonly simple: string;
  /** Pair kerning in font units for words with a Latin letter: non-zero pairs only; null: not a plain pair. */
  readonly latin: Readonly<Record<string, number | null>>;
  /** The same for words of digits, punctuation and symbols only (fontkit shapes them with other features). */
  readonly common: Readonly<Record<string, number | null>>;
}

const UNKNOWN = 0;
const COVERED = 1;
const NOT_COVERED = 2;

/**
 * One font face: which characters it has, and fontkit shaping cached by text. fontkit's layout costs tens of
 * microseconds per call, and a document repeats its words, so callers shape a word at a time and hit this cache.
 * Positions scale linearly with size (no hinting in PDF), so the cache is size-independent.
 */
export class Face {
  readonly unitsPerEm: number;
  private readonly bmp = new Uint8Array(0x10000);
  private readonly astral = new Map<number, boolean>();
  private readonly cache = new Map<string, Shaped>();
  private readonly spaceGlyphId: number;
  private readonly letters = new Map<number, SimpleLetter | null>();
  /** Kerning by pair (first × 0x10000 + second), in ems; NaN: not a plain pair. Latin words and others apart, as
   * fontkit picks the script's features from the word. */
  private readonly latinKerning = new Map<number, number>();
  private readonly commonKerning = new Map<number, number>();

  private readonly tableSimple: ReadonlySet<number> | null;

  constructor(
    readonly font: Font,
    private readonly table?: ShapingTable,
  ) {
    this.unitsPerEm = font.unitsPerEm;
    this.spaceGlyphId = font.glyphForCodePoint(0x20)?.id ?? -1;
    this.tableSimple = table ? new Set(Array.from(table.simple, (character) => character.codePointAt(0)!)) : null;
  }

  /**
   * The shaping table for this face, from fontkit's own answers letter by letter and pair by pair over the table's
   * domain: what scripts/build-shaping-tables.ts writes. Slow (a few seconds a face); never called when exporting.
   */
  static tableFor(font: Font): ShapingTable {
    const face = new Face(font);
    const simple: [number, SimpleLetter][] = [];
    for (const cp of tableDomain()) {
      const letter = face.liveLetter(cp);
      if (letter !== null) simple.push([cp, letter]);
    }
    const pairs = (latin: boolean): Record<string, number | null> => {
      const found: Record<string, number | null> = {};
      for (const [a, first] of simple) {
        for (const [b, second] of simple) {
          const pair = String.fromCharCode(a, b);
          const units = face.livePairUnits(pair, first, second, latin);
          if (units !== 0) found[pair] = Number.isNaN(units) ? null : units;
        }
      }
      return found;
    };
    return { simple: String.fromCharCode(...simple.map(([cp]) => cp)), latin: pairs(true), common: pairs(false) };
  }

  /** Whether the face has a real glyph (not .notdef) for the code point. */
  covers(codePoint: number): boolean {
    if (codePoint < 0x10000) {
      const known = this.bmp[codePoint];
      if (known !== UNKNOWN) return known === COVERED;
      const has = this.font.hasGlyphForCodePoint(codePoint);
      this.bmp[codePoint] = has ? COVERED : NOT_COVERED;
      return has;
    }
    let has = this.astral.get(codePoint);
    if (has === undefined) {
      has = this.font.hasGlyphForCodePoint(codePoint);
      this.astral.set(codePoint, has);
    }
    return has;
  }

  shape(text: string): Shaped {
    let shaped = this.cache.get(text);
    if (shaped === undefined) {
      shaped = this.pairwise(text) ?? this.layout(text);
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(text, shaped);
    }
    return shaped;
  }

  /**
   * Shapes a word of plain Latin from per-letter advances and per-pair kerning, each found once with fontkit and
   * kept: fontkit's layout costs ~15 µs a call, and a long document has thousands of distinct words but only a few
   * hundred distinct letter pairs. Exact wherever the face only kerns pairs (checked letter by letter and pair by
   * pair: a substitution or any other adjustment sends the word to fontkit whole); pairwise.test.ts compares the two.
   */
  private pairwise(text: string): Shaped | null {
    let latin = false;
    const letters: SimpleLetter[] = [];
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      const script = simpleScript(cp);
      if (script === null) return null;
      if (script === 'latn') latin = true;
      const letter = this.letter(cp);
      if (letter === null) return null;
      letters.push(letter);
    }
    const kerning = latin ? this.latinKerning : this.commonKerning;
    const xAdvance = new Float64Array(letters.length);
    let em = 0;
    for (let i = 0; i < letters.length; i++) {
      let advance = letters[i].advance;
      if (i + 1 < letters.length) {
        const key = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
        let kern = kerning.get(key);
        if (kern === undefined) {
          kern = this.pairKerning(text.slice(i, i + 2), letters[i], letters[i + 1], latin) / this.unitsPerEm;
          kerning.set(key, kern);
        }
        if (Number.isNaN(kern)) return null;
        advance += kern;
      }
      xAdvance[i] = advance;
      em += advance;
    }
    return { glyphs: letters.map((letter) => letter.glyph), xAdvance, xOffset: null, yOffset: null, em, rtl: false };
  }

  /** A letter fontkit sets as its own cmap glyph at its own advance, or null. */
  private letter(cp: number): SimpleLetter | null {
    let letter = this.letters.get(cp);
    if (letter === undefined) {
      if (this.tableSimple !== null && inTableDomain(cp)) {
        const glyph = this.tableSimple.has(cp) ? this.font.glyphForCodePoint(cp) : null;
        letter = glyph ? { glyph, advance: glyph.advanceWidth / this.unitsPerEm } : null;
      } else {
        letter = this.liveLetter(cp);
      }
      this.letters.set(cp, letter);
    }
    return letter;
  }

  private liveLetter(cp: number): SimpleLetter | null {
    const run = this.font.layout(String.fromCharCode(cp));
    const [glyph] = run.glyphs;
    const position = run.positions?.[0];
    const simple =
      run.glyphs.length === 1 &&
      glyph.id !== 0 &&
      glyph.id === this.font.glyphForCodePoint(cp)?.id &&
      position !== undefined &&
      position.xAdvance === glyph.advanceWidth &&
      position.xOffset === 0 &&
      position.yOffset === 0;
    return simple ? { glyph, advance: glyph.advanceWidth / this.unitsPerEm } : null;
  }

  /** The kerning of a pair in font units, or NaN when fontkit does anything to it but adjust the first advance. */
  private pairKerning(pair: string, first: SimpleLetter, second: SimpleLetter, latin: boolean): number {
    if (this.table !== undefined && inTableDomain(pair.charCodeAt(0)) && inTableDomain(pair.charCodeAt(1))) {
      const units = (latin ? this.table.latin : this.table.common)[pair];
      return units === undefined ? 0 : units === null ? Number.NaN : units;
    }
    return this.livePairUnits(pair, first, second, latin);
  }

  private livePairUnits(pair: string, first: SimpleLetter, second: SimpleLetter, latin: boolean): number {
    const run = latin ? this.font.layout(pair, undefined, 'latn') : this.font.layout(pair);
    const positions = run.positions;
    if (
      positions === null ||
      run.glyphs.length !== 2 ||
      run.glyphs[0].id !== first.glyph.id ||
      run.glyphs[1].id !== second.glyph.id ||
      positions[1].xAdvance !== second.glyph.advanceWidth ||
      positions[0].xOffset !== 0 ||
      positions[0].yOffset !== 0 ||
      positions[1].xOffset !== 0 ||
      positions[1].yOffset !== 0
    ) {
      return Number.NaN;
    }
    return positions[0].xAdvance - first.glyph.advanceWidth;
  }

  private layout(text: string): Shaped {
    // fontkit's default features for the script: kern (GPOS, or the legacy kern table), mark positioning, ccmp,
    // and for Arabic the joining forms and required ligatures.
    const run = this.font.layout(text);
    const positions = run.positions ?? [];
    const scale = 1 / this.unitsPerEm;
    const glyphs: Glyph[] = [];
    const xAdvance: number[] = [];
    const xOffset: number[] = [];
    const yOffset: number[] = [];
    let offsets = false;
    let em = 0;
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i];
      const position = positions[i];
      const advance = position ? position.xAdvance : glyph.advanceWidth;
      // fontkit draws default-ignorable characters (ZWJ, ZWNJ, ...) as a zero-width space glyph; drawing that would
      // put a stray space into the extracted text, so leave it out.
      if (glyph.id === this.spaceGlyphId && advance === 0) continue;
      glyphs.push(glyph);
      xAdvance.push(advance * scale);
      const dx = position ? position.xOffset * scale : 0;
      const dy = position ? position.yOffset * scale : 0;
      xOffset.push(dx);
      yOffset.push(dy);
      if (dx !== 0 || dy !== 0) offsets = true;
      em += advance * scale;
    }
    return {
      glyphs,
      xAdvance: Float64Array.from(xAdvance),
      xOffset: offsets ? Float64Array.from(xOffset) : null,
      yOffset: offsets ? Float64Array.from(yOffset) : null,
      em,
      rtl: run.direction === 'rtl',
    };
  }
}
