import type { Face, Shaped } from './face';
import type { FaceKey } from './types';

/** Text drawn with one face. */
export interface ShapedRun {
  readonly face: FaceKey;
  readonly text: string;
  readonly shaped: Shaped;
}

/** A styled text split into runs by face (the styled Liberation face, or the fallback where it lacks a glyph). */
export interface StyledShape {
  readonly runs: readonly ShapedRun[];
  /** Total advance in ems. */
  readonly em: number;
  /** Characters (graphemes) no face has: left out, reported so the caller can warn. */
  readonly missing: readonly string[] | null;
}

const MAX_CACHED = 50_000;
const EMPTY: StyledShape = { runs: [], em: 0, missing: null };

/**
 * Characters never drawn: controls, bidi marks, variation selectors, the soft hyphen (drawn as a hyphen only at a
 * line end, by the line breaker), zero-width spaces and lone surrogates. They have no glyph, and leaving them in
 * would make fontkit draw .notdef boxes or stray spaces.
 */
export const isInvisible = (cp: number): boolean =>
  cp < 0x20 ||
  (cp >= 0x7f && cp <= 0x9f) ||
  cp === 0xad ||
  cp === 0x200b ||
  cp === 0x200e ||
  cp === 0x200f ||
  (cp >= 0x2028 && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x206f) ||
  cp === 0xfeff ||
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xd800 && cp <= 0xdfff) ||
  (cp >= 0xfff9 && cp <= 0xfffb) ||
  (cp >= 0xe0000 && cp <= 0xe0fff);

/** Joiners shape their neighbours (Arabic, Indic) but need no glyph of their own, so they never force a face. */
const isJoiner = (cp: number): boolean => cp === 0x200c || cp === 0x200d || cp === 0x034f;

let graphemes: Intl.Segmenter | undefined;
const graphemeSegmenter = (): Intl.Segmenter => (graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** Splits a string into user-perceived characters. Intl.Segmenter is slow (µs a character): use off the fast path. */
export const splitGraphemes = (text: string): string[] => Array.from(graphemeSegmenter().segment(text), (s) => s.segment);

/** The face for each style, indexed by (bold ? 2 : 0) + (italic ? 1 : 0): regular, italic, bold, bold italic. */
export type StyledFaces = readonly [FaceKey, FaceKey, FaceKey, FaceKey];

/** The bundled Liberation Sans faces, one per style. */
export const BUNDLED_STYLES: StyledFaces = ['regular', 'italic', 'bold', 'boldItalic'];

/**
 * The faces one font role draws with, and styled shaping with per-character fallback, cached by (style, text).
 * Shared by every engine built from the same font bytes, so a second document starts warm. A brand's single-file
 * font draws all four styles with its one face (`styles` names it four times); the fallback faces stay DejaVu.
 */
export class FaceSet {
  private readonly caches: Map<string, StyledShape>[] = [new Map(), new Map(), new Map(), new Map()];
  private readonly spaces: (StyledShape | undefined)[] = [];

  constructor(
    readonly faces: Readonly<Partial<Record<FaceKey, Face>>> & Readonly<Record<'fallback' | 'fallbackBold', Face>>,
    private readonly styles: StyledFaces = BUNDLED_STYLES,
  ) {
    for (const key of styles) if (faces[key] === undefined) throw new Error(`FaceSet: no ${key} face`);
  }

  styledKey(bold: boolean, italic: boolean): FaceKey {
    return this.styles[(bold ? 2 : 0) + (italic ? 1 : 0)]!;
  }

  /** The face a style draws with (for metrics: the regular one). */
  face(key: FaceKey): Face {
    return this.faces[key]!;
  }

  shapeStyled(text: string, bold: boolean, italic: boolean): StyledShape {
    if (text.length === 0) return EMPTY;
    const style = (bold ? 2 : 0) + (italic ? 1 : 0);
    // Every other segment of a paragraph is one space: skip hashing it.
    if (text === ' ') return (this.spaces[style] ??= this.shapeUncached(text, bold, italic));
    const cache = this.caches[style];
    let shape = cache.get(text);
    if (shape === undefined) {
      shape = this.shapeUncached(text, bold, italic);
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(text, shape);
    }
    return shape;
  }

  private shapeUncached(text: string, bold: boolean, italic: boolean): StyledShape {
    const styledKey = this.styledKey(bold, italic);
    const styled = this.face(styledKey);
    // Fast path: every character is a plain one the styled face has (nearly all English and Welsh text).
    let plain = true;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      if (cp >= 0xd800 || isInvisible(cp) || !styled.covers(cp)) {
        plain = false;
        break;
      }
    }
    if (plain) {
      const shaped = styled.shape(text);
      return { runs: [{ face: styledKey, text, shaped }], em: shaped.em, missing: null };
    }
    return this.shapeWithFallback(text, styledKey, bold ? 'fallbackBold' : 'fallback');
  }

  /** Chooses a face per grapheme, so a base letter and its accents stay in one face. */
  private shapeWithFallback(text: string, styledKey: FaceKey, fallbackKey: FaceKey): StyledShape {
    const styled = this.face(styledKey);
    const fallback = this.face(fallbackKey);
    const parts: { face: FaceKey; text: string }[] = [];
    const missing: string[] = [];
    const append = (face: FaceKey, chunk: string): void => {
      const last = parts[parts.length - 1];
      if (last !== undefined && last.face === face) last.text += chunk;
      else parts.push({ face, text: chunk });
    };

    for (const grapheme of splitGraphemes(text)) {
      const cps: number[] = [];
      for (const ch of grapheme) {
        const cp = ch.codePointAt(0) ?? 0;
        if (!isInvisible(cp)) cps.push(cp);
      }
      if (cps.length === 0) continue;
      const visible = cps.filter((cp) => !isJoiner(cp));
      if (visible.length === 0) {
        // A lone joiner: keep it with the run it sits in, for shaping.
        append(parts[parts.length - 1]?.face ?? styledKey, String.fromCodePoint(...cps));
        continue;
      }
      let face: Face | undefined;
      let key: FaceKey = styledKey;
      if (visible.every((cp) => styled.covers(cp))) face = styled;
      else if (visible.every((cp) => fallback.covers(cp))) [face, key] = [fallback, fallbackKey];
      else if (styled.covers(visible[0])) face = styled;
      else if (fallback.covers(visible[0])) [face, key] = [fallback, fallbackKey];
      if (face === undefined) {
        missing.push(grapheme);
        continue;
      }
      const kept: number[] = [];
      for (const cp of cps) {
        if (isJoiner(cp) || face.covers(cp)) kept.push(cp);
        else missing.push(String.fromCodePoint(cp));
      }
      append(key, String.fromCodePoint(...kept));
    }

    const runs: ShapedRun[] = [];
    let em = 0;
    for (const part of parts) {
      const shaped = this.face(part.face).shape(part.text);
      if (shaped.glyphs.length === 0) continue;
      runs.push({ face: part.face, text: part.text, shaped });
      em += shaped.em;
    }
    return { runs, em, missing: missing.length > 0 ? missing : null };
  }
}
