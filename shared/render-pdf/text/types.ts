import type { ShapingTable } from './face';

/**
 * The font faces. The four bundled Liberation Sans faces follow the run's style; DejaVu Sans fills gaps. `heading`
 * and `body` are a brand's own faces (one file each), which draw every style of their role's text.
 */
export type FaceKey = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'fallback' | 'fallbackBold' | 'heading' | 'body';

/** Which of the document's fonts a text is set in (the style sheet's `font`). */
export type FontRole = 'heading' | 'body';

/** Font bytes, passed in so the renderer never touches the file system (resources/fonts/ holds them). */
export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
  readonly boldItalic: Uint8Array;
  /** Wide-coverage face for characters the four above lack (Arabic, rarer Latin, symbols). */
  readonly fallback: Uint8Array;
  /** Bold of the fallback; without it bold fallback text uses `fallback`. */
  readonly fallbackBold?: Uint8Array;
  /**
   * A brand's heading font (TTF/OTF, checked by the caller): headings, the label and the DRAFT banner are set in it,
   * in every style; characters it lacks come from the fallback. Without it they use the four faces above.
   */
  readonly heading?: Uint8Array;
  /** A brand's body font: every other text, as `heading` is for headings. */
  readonly body?: Uint8Array;
  /** Shaping tables made ahead of time for these very bytes (resources/fonts/shaping.json): faster first use. */
  readonly shaping?: Partial<Record<FaceKey, ShapingTable>>;
}

export interface TextStyle {
  /** Default 'body'. */
  readonly font?: FontRole;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly sizePt: number;
}

/** A stretch of a paragraph with the same marks (a DocTree run). */
export interface TextSpan {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** The span is a hyperlink to this URL. */
  readonly link?: string;
}

/** One glyph's placement, in pt at the piece's size. */
export interface GlyphPlacement {
  /** Where the next glyph starts, kerning applied. */
  readonly xAdvance: number;
  readonly xOffset: number;
  readonly yOffset: number;
}

/** A piece of a line drawn with one font face, in visual (left-to-right) order. */
export interface LaidPiece {
  readonly face: FaceKey;
  /** fontkit glyphs (`id`, `advanceWidth`, `codePoints`). */
  readonly glyphs: readonly unknown[];
  /** One per glyph, in pt at `sizePt`, kerning applied. */
  readonly positions: readonly GlyphPlacement[];
  /** The characters drawn (control and invisible characters removed). */
  readonly text: string;
  /** pt */
  readonly width: number;
  readonly sizePt: number;
  readonly link?: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

export interface LaidLine {
  readonly pieces: readonly LaidPiece[];
  /** pt, trailing spaces excluded. */
  readonly width: number;
}

export interface LineOptions {
  /** The font the text is set in; default 'body'. */
  readonly font?: FontRole;
  readonly sizePt: number;
  /** pt available to every line after the first. */
  readonly width: number;
  /** pt available to the first line; defaults to `width`. */
  readonly firstWidth?: number;
}

export interface FontMetrics {
  /** pt above the baseline (positive). */
  readonly ascent: number;
  /** pt below the baseline (negative). */
  readonly descent: number;
  /** Baseline-to-baseline distance Word uses at "single" spacing for this font (Arial: 1.15 × size). */
  readonly lineHeight: number;
}

/** A link's horizontal extent on a drawn line, for a link annotation. */
export interface LinkRange {
  readonly url: string;
  readonly x1: number;
  readonly x2: number;
}
