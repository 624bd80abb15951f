import {
  CustomFontSubsetEmbedder,
  PDFFont,
  PDFName,
  TextRenderingMode,
  concatTransformationMatrix,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingRgbColor,
  setTextRenderingMode,
  type PDFDocument,
  type PDFOperator,
  type PDFPage,
} from '@cantoo/pdf-lib';
import { breakLines, isTrailing } from './break-lines';
import { breakOpportunities } from './break-opportunities';
import { drawLine, type DrawFace } from './draw-line';
import type { FaceSet } from './face-set';
import { faceBytes, faceSetsFor, presentFaces, sharedFontkit } from './fonts';
import { SubsetGlyphs } from './subset-glyphs';
import type { FaceKey, FontFiles, FontMetrics, FontRole, LaidLine, LaidPiece, LinkRange, LineOptions, TextSpan, TextStyle } from './types';

/** Names of the faces in each page's /Resources /Font. */
const RESOURCE_NAMES: Readonly<Record<FaceKey, string>> = {
  regular: 'PdSans',
  bold: 'PdSansBold',
  italic: 'PdSansItalic',
  boldItalic: 'PdSansBoldItalic',
  fallback: 'PdFallback',
  fallbackBold: 'PdFallbackBold',
  heading: 'PdHeading',
  body: 'PdBody',
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
  heading: 'PDXHDG',
  body: 'PDXBDY',
};

/**
 * Bold and italic drawn from a regular face, as Word and LibreOffice draw them when a font has no bold or italic
 * file (a brand usually sends one file per role): bold by stroking the outline as well as filling it, italic by
 * slanting the line 12° about its baseline. Advances are unchanged, as in those programs, so lines break alike.
 */
const SYNTHETIC_BOLD_STROKE = 1 / 30;
const SYNTHETIC_SLANT = Math.tan((12 * Math.PI) / 180);

/** What a face lacks and has to have drawn for it. */
interface Synthesis {
  readonly bold: boolean;
  readonly italic: boolean;
}

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

  /** The faces drawn with so far, each added to the document the first time a line uses it. */
  private readonly fonts: Partial<Record<FaceKey, PDFFont>> = {};
  private readonly drawFaces: Partial<Record<FaceKey, DrawFace>> = {};
  /** The document's font and glyph codes for each font file added, shared by faces with the same bytes. */
  private readonly added = new Map<CustomFontSubsetEmbedder, { readonly font: PDFFont; readonly glyphs: SubsetGlyphs }>();

  private constructor(
    private readonly pdf: PDFDocument,
    private readonly roles: Readonly<Record<FontRole, FaceSet>>,
    /** Each face's subset embedder, made ready; one per font file, shared by faces with the same bytes. */
    private readonly embedders: Readonly<Partial<Record<FaceKey, { readonly embedder: CustomFontSubsetEmbedder; readonly unitsPerEm: number }>>>,
    /** The brand faces that draw bold or italic text without being bold or italic themselves. */
    private readonly synthesis: Readonly<Partial<Record<FaceKey, Synthesis>>>,
  ) {}

  /**
   * An engine for `pdf`. Faces are embedded only when drawn (`embedFonts` writes them before saving): a face no line
   * uses, such as the wide-coverage fallback in an English release, costs a cold export ~25 ms to subset and write.
   */
  static async create(pdf: PDFDocument, files: FontFiles): Promise<TextEngine> {
    const { faces, roles } = faceSetsFor(files);
    const embedders: Partial<Record<FaceKey, { embedder: CustomFontSubsetEmbedder; unitsPerEm: number }>> = {};
    const synthesis: Partial<Record<FaceKey, Synthesis>> = {};
    const byBytes = new Map<Uint8Array, CustomFontSubsetEmbedder>();
    for (const face of presentFaces(files)) {
      const bytes = faceBytes(files, face)!;
      const parsed = faces[face]!;
      let embedder = byBytes.get(bytes);
      if (embedder === undefined) {
        const name = `${SUBSET_TAGS[face]}+${parsed.font.postscriptName ?? 'Font'}`;
        embedder = await CustomFontSubsetEmbedder.for(sharedFontkit, bytes, name);
        byBytes.set(bytes, embedder);
      }
      embedders[face] = { embedder, unitsPerEm: parsed.unitsPerEm };
      if (face === 'heading' || face === 'body') {
        const style = (parsed.font as unknown as { head?: { macStyle?: { bold?: boolean; italic?: boolean } } }).head?.macStyle;
        synthesis[face] = { bold: style?.bold !== true, italic: style?.italic !== true && !(parsed.font.italicAngle < 0 || parsed.font.italicAngle > 0) };
      }
    }
    return new TextEngine(pdf, roles, embedders, synthesis);
  }

  /** The faces a line draws with, each added to the document the first time it is drawn. */
  private drawFacesFor(line: LaidLine): Readonly<Record<FaceKey, DrawFace>> {
    for (let p = 0; p < line.pieces.length; p++) {
      const { face } = line.pieces[p]!; // indexed: see break-lines.ts
      if (this.drawFaces[face] !== undefined) continue;
      const { embedder, unitsPerEm } = this.embedders[face]!;
      let added = this.added.get(embedder);
      if (added === undefined) {
        const font = PDFFont.of(this.pdf.context.nextRef(), this.pdf, embedder);
        this.added.set(embedder, (added = { font, glyphs: new SubsetGlyphs(font) }));
      }
      this.fonts[face] = added.font;
      this.drawFaces[face] = { resourceName: PDFName.of(RESOURCE_NAMES[face]), glyphs: added.glyphs, unitsPerEm };
    }
    return this.drawFaces as Readonly<Record<FaceKey, DrawFace>>;
  }

  /** Writes the fonts drawn with (subsets, widths, ToUnicode) into the document: call once, before saving it. */
  async embedFonts(): Promise<void> {
    for (const { font } of this.added.values()) await font.embed();
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
    return breakLines(this.roles[options.font ?? 'body'], spans, options, this.recordMissing);
  }

  /** Width in pt of text in a style, as breakLines would set it on one line (kerning applied, fallback used). */
  measure(text: string, style: TextStyle): number {
    const bold = style.bold ?? false;
    const italic = style.italic ?? false;
    const faces = this.roles[style.font ?? 'body'];
    const clean = text.replace(/\t/g, ' ');
    let em = 0;
    let start = 0;
    // The same pieces breakLines shapes (each word apart from the spaces after it), so widths agree exactly.
    for (const end of breakOpportunities(clean).ends) {
      let bodyEnd = end;
      while (bodyEnd > start && isTrailing(clean.charCodeAt(bodyEnd - 1))) bodyEnd--;
      for (const [from, to] of [[start, bodyEnd], [bodyEnd, end]] as const) {
        if (to <= from) continue;
        const shape = faces.shapeStyled(clean.slice(from, to), bold, italic);
        if (shape.missing !== null) this.recordMissing(shape.missing);
        em += shape.em;
      }
      start = end;
    }
    return em * style.sizePt;
  }

  /**
   * Metrics of a font role's regular face at a size. `lineHeight` is what Word calls single spacing for the font:
   * ascent + descent + line gap from the hhea table (Arial and Liberation Sans: 2355/2048 = 1.15 × size). A DOCX
   * paragraph with w:line 276 (auto) sets its lines 1.15 × lineHeight apart.
   */
  metrics(sizePt: number, role: FontRole = 'body'): FontMetrics {
    const set = this.roles[role];
    const { font, unitsPerEm } = set.face(set.styledKey(false, false));
    const scale = sizePt / unitsPerEm;
    return { ascent: font.ascent * scale, descent: font.descent * scale, lineHeight: (font.ascent - font.descent + font.lineGap) * scale };
  }

  /**
   * Operators that draw one line with its left end at (x, baselineY) in `colour` (0–1 RGB), and the x range of
   * each link. The page must have the fonts in its resources: call `addFontsTo(page)`. The fill colour stays set
   * after the line.
   */
  drawLine(line: LaidLine, x: number, baselineY: number, colour: { readonly r: number; readonly g: number; readonly b: number }): { operators: PDFOperator[]; links: LinkRange[] } {
    const faces = this.drawFacesFor(line);
    if (!line.pieces.some((piece) => this.synthesised(piece) !== 0)) return drawLine(faces, line, x, baselineY, colour);
    // Pieces of a brand face in a style it lacks are drawn apart, each run of them wrapped in its own graphics state.
    const operators: PDFOperator[] = [];
    const links: LinkRange[] = [];
    let offset = 0;
    let index = 0;
    while (index < line.pieces.length) {
      const kind = this.synthesised(line.pieces[index]!);
      const group: LaidPiece[] = [];
      while (index < line.pieces.length && this.synthesised(line.pieces[index]!) === kind) group.push(line.pieces[index++]!);
      const width = group.reduce((sum, piece) => sum + piece.width, 0);
      const drawn = drawLine(faces, { pieces: group, width }, x + offset, baselineY, colour);
      links.push(...drawn.links);
      if (kind === 0) operators.push(...drawn.operators);
      else {
        operators.push(pushGraphicsState());
        if (kind & 2) operators.push(setStrokingRgbColor(colour.r, colour.g, colour.b), setLineWidth(group[0]!.sizePt * SYNTHETIC_BOLD_STROKE), setTextRenderingMode(TextRenderingMode.FillAndOutline));
        if (kind & 1) operators.push(concatTransformationMatrix(1, 0, SYNTHETIC_SLANT, 1, -SYNTHETIC_SLANT * baselineY, 0));
        operators.push(...drawn.operators, popGraphicsState());
      }
      offset += width;
    }
    return { operators, links };
  }

  /** 2 for a bold drawn from a regular face, plus 1 for an italic drawn from an upright one; 0 for neither. */
  private synthesised(piece: LaidPiece): number {
    const lacks = this.synthesis[piece.face];
    if (lacks === undefined) return 0;
    return (piece.bold && lacks.bold ? 2 : 0) + (piece.italic && lacks.italic ? 1 : 0);
  }

  /** Adds the faces to a page's /Resources /Font under the names drawLine uses. Call once per page. */
  addFontsTo(page: PDFPage): void {
    // Every face drawn so far, so a page's resources hold at least the faces its lines use.
    for (const [face, font] of Object.entries(this.fonts) as [FaceKey, PDFFont][]) page.node.setFontDictionary(PDFName.of(RESOURCE_NAMES[face]), font.ref);
  }
}
