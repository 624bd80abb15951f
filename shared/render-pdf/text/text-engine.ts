import { PDFName, type PDFDocument, type PDFFont, type PDFOperator, type PDFPage } from '@cantoo/pdf-lib';
import { breakLines, isTrailing } from './break-lines';
import { breakOpportunities } from './break-opportunities';
import { drawLine, type DrawFace } from './draw-line';
import type { FaceSet } from './face-set';
import { FACE_KEYS, faceBytes, faceSetFor, sharedFontkit } from './fonts';
import { SubsetGlyphs } from './subset-glyphs';
import type { FaceKey, FontFiles, FontMetrics, LaidLine, LinkRange, LineOptions, TextSpan, TextStyle } from './types';

/** Names of the faces in each page's /Resources /Font. */
const RESOURCE_NAMES: Readonly<Record<FaceKey, string>> = {
  regular: 'PdSans',
  bold: 'PdSansBold',
  italic: 'PdSansItalic',
  boldItalic: 'PdSansBoldItalic',
  fallback: 'PdFallback',
  fallbackBold: 'PdFallbackBold',
};

/**
 * Subset tags (six capital letters and "+", PDF 32000 §9.6.4): readers such as pdffonts recognise a subset by them.
 * Fixed rather than random, so the same input gives the same file.
 */
const SUBSET_TAGS: Readonly<Record<FaceKey, string>> = {
  regular: 'PDXREG',
  bold: 'PDXBLD',
  italic: 'PDXITA',
  boldItalic: 'PDXBIT',
  fallback: 'PDXFBR',
  fallbackBold: 'PDXFBB',
};

/**
 * Lays out and draws text for one PDF document: UAX #14 line breaking, kerning, per-character fallback to a
 * wide-coverage face, and drawing operators whose glyphs go into pdf-lib's font subsets (with ToUnicode, so the
 * text can be extracted and read aloud). Create one per PDFDocument; shaping caches are shared between engines
 * made from the same font bytes.
 */
export class TextEngine {
  private readonly missing = new Set<string>();
  private readonly recordMissing = (characters: readonly string[]): void => {
    for (const character of characters) this.missing.add(character);
  };

  private constructor(
    private readonly faces: FaceSet,
    private readonly drawFaces: Readonly<Record<FaceKey, DrawFace>>,
    private readonly fonts: Readonly<Record<FaceKey, PDFFont>>,
  ) {}

  /** Embeds every face (subset) into `pdf`, registering fontkit on it. */
  static async create(pdf: PDFDocument, files: FontFiles): Promise<TextEngine> {
    const faces = faceSetFor(files);
    pdf.registerFontkit(sharedFontkit);
    const fonts = {} as Record<FaceKey, PDFFont>;
    const drawFaces = {} as Record<FaceKey, DrawFace>;
    const byBytes = new Map<Uint8Array, { font: PDFFont; glyphs: SubsetGlyphs }>();
    for (const face of FACE_KEYS) {
      const bytes = faceBytes(files, face);
      let embedded = byBytes.get(bytes);
      if (embedded === undefined) {
        const name = `${SUBSET_TAGS[face]}+${faces.faces[face].font.postscriptName ?? 'Font'}`;
        const font = await pdf.embedFont(bytes, { subset: true, customName: name });
        embedded = { font, glyphs: new SubsetGlyphs(font) };
        byBytes.set(bytes, embedded);
      }
      fonts[face] = embedded.font;
      drawFaces[face] = { resourceName: PDFName.of(RESOURCE_NAMES[face]), glyphs: embedded.glyphs, unitsPerEm: faces.faces[face].unitsPerEm };
    }
    return new TextEngine(faces, drawFaces, fonts);
  }

  /** Characters no bundled face can draw (emoji, rare scripts): left out of the text; the caller should warn. */
  get missingCharacters(): ReadonlySet<string> {
    return this.missing;
  }

  /**
   * Breaks spans into lines: the first at most `firstWidth` wide, later ones at most `width` (pt). Returns no lines
   * for empty text. A word wider than a line is broken between characters; mandatory breaks are honoured; spaces at
   * line ends are dropped; a soft hyphen becomes a visible hyphen where the line breaks at it.
   */
  breakLines(spans: readonly TextSpan[], options: LineOptions): LaidLine[] {
    return breakLines(this.faces, spans, options, this.recordMissing);
  }

  /** Width in pt of text in a style, as breakLines would set it on one line (kerning applied, fallback used). */
  measure(text: string, style: TextStyle): number {
    const bold = style.bold ?? false;
    const italic = style.italic ?? false;
    const clean = text.replace(/\t/g, ' ');
    let em = 0;
    let start = 0;
    // The same pieces breakLines shapes (each word apart from the spaces after it), so widths agree exactly.
    for (const end of breakOpportunities(clean).ends) {
      let bodyEnd = end;
      while (bodyEnd > start && isTrailing(clean.charCodeAt(bodyEnd - 1))) bodyEnd--;
      for (const [from, to] of [[start, bodyEnd], [bodyEnd, end]] as const) {
        if (to <= from) continue;
        const shape = this.faces.shapeStyled(clean.slice(from, to), bold, italic);
        if (shape.missing !== null) this.recordMissing(shape.missing);
        em += shape.em;
      }
      start = end;
    }
    return em * style.sizePt;
  }

  /**
   * Metrics of the regular face at a size. `lineHeight` is what Word calls single spacing for the font: ascent +
   * descent + line gap from the hhea table (Arial and Liberation Sans: 2355/2048 = 1.15 × size). A DOCX paragraph
   * with w:line 276 (auto) sets its lines 1.15 × lineHeight apart.
   */
  metrics(sizePt: number): FontMetrics {
    const { font, unitsPerEm } = this.faces.faces.regular;
    const scale = sizePt / unitsPerEm;
    return { ascent: font.ascent * scale, descent: font.descent * scale, lineHeight: (font.ascent - font.descent + font.lineGap) * scale };
  }

  /**
   * Operators that draw one line with its left end at (x, baselineY) in `colour` (0–1 RGB), and the x range of
   * each link. The page must have the fonts in its resources: call `addFontsTo(page)`. The fill colour stays set
   * after the line.
   */
  drawLine(line: LaidLine, x: number, baselineY: number, colour: { readonly r: number; readonly g: number; readonly b: number }): { operators: PDFOperator[]; links: LinkRange[] } {
    return drawLine(this.drawFaces, line, x, baselineY, colour);
  }

  /** Adds the faces to a page's /Resources /Font under the names drawLine uses. Call once per page. */
  addFontsTo(page: PDFPage): void {
    for (const face of FACE_KEYS) page.node.setFontDictionary(PDFName.of(RESOURCE_NAMES[face]), this.fonts[face].ref);
  }
}
