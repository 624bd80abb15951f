/**
 * The look of every paragraph style, in points, shared by both renderers so the DOCX and the PDF break
 * lines and pages in the same places. Renderers translate units (Word: half-points and twips), never values.
 * No text is smaller than 12 pt (GOV.UK guidance for accessible documents).
 */

export type ColourRole = 'text' | 'primary' | 'accent' | 'draft';

export interface ParagraphLook {
  readonly font: 'body' | 'heading';
  readonly sizePt: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly colour: ColourRole;
  readonly beforePt: number;
  readonly afterPt: number;
  /** Line spacing as a multiple of the font's single line height (Word's "auto" rule). */
  readonly lineSpacing: number;
  /** Keep with the next paragraph on the same page. */
  readonly keepNext?: boolean;
  /** Keep all lines of the paragraph on one page. */
  readonly keepLines?: boolean;
  readonly indentLeftPt?: number;
  /** First-line hanging indent (list markers hang in it). */
  readonly hangingPt?: number;
  readonly align?: 'left' | 'center';
}

const body = { font: 'body', sizePt: 12, colour: 'text', beforePt: 0, afterPt: 8, lineSpacing: 1.15 } as const;

export const STYLE_SHEET = {
  normal: body,
  heading1: { font: 'heading', sizePt: 22, bold: true, colour: 'primary', beforePt: 6, afterPt: 12, lineSpacing: 1, keepNext: true, keepLines: true },
  heading2: { font: 'heading', sizePt: 15, bold: true, colour: 'primary', beforePt: 14, afterPt: 6, lineSpacing: 1, keepNext: true, keepLines: true },
  listItem: { ...body, afterPt: 4, indentLeftPt: 36, hangingPt: 18 },
  quote: { ...body, indentLeftPt: 14.2 },
  attribution: { ...body, bold: true, beforePt: 6, afterPt: 6, keepNext: true },
  label: { font: 'heading', sizePt: 14, bold: true, colour: 'primary', beforePt: 0, afterPt: 4, lineSpacing: 1.15, keepNext: true },
  meta: { ...body, afterPt: 2 },
  embargo: { ...body, bold: true, beforePt: 6, afterPt: 12, keepNext: true },
  standfirst: { ...body, sizePt: 14, afterPt: 12 },
  ends: { ...body, bold: true, beforePt: 12, afterPt: 12 },
  caption: { ...body, beforePt: 4, afterPt: 2 },
  credit: { ...body, italic: true, afterPt: 10 },
  contact: { ...body, afterPt: 2 },
  header: { ...body, afterPt: 0, lineSpacing: 1 },
  footer: { ...body, afterPt: 0, lineSpacing: 1 },
  // Briefing packs: the cover, the contents, reactive questions and the protective marking.
  title: { font: 'heading', sizePt: 28, bold: true, colour: 'primary', beforePt: 24, afterPt: 18, lineSpacing: 1, keepNext: true, keepLines: true },
  coverMeta: { ...body, sizePt: 14, afterPt: 6 },
  contentsEntry: { ...body, afterPt: 4, keepLines: true },
  question: { ...body, bold: true, beforePt: 10, afterPt: 4, keepNext: true, keepLines: true },
  answer: { ...body, afterPt: 8 },
  classification: { ...body, bold: true, afterPt: 0, lineSpacing: 1, align: 'center' },
  draftMark: { font: 'heading', sizePt: 14, bold: true, colour: 'draft', beforePt: 6, afterPt: 6, lineSpacing: 1, align: 'center' },
} as const satisfies Readonly<Record<string, ParagraphLook>>;

export type LookName = keyof typeof STYLE_SHEET;

/** A4 portrait with 2.5 cm margins: a 16 cm measure, about 90 characters of 12 pt Arial. */
const CM = 72 / 2.54;
export const PAGE_GEOMETRY = {
  widthPt: 595.3,
  heightPt: 841.9,
  marginPt: 2.5 * CM,
  /** From the page edge to the header and footer text. */
  headerDistancePt: 1.25 * CM,
  footerDistancePt: 1.25 * CM,
  /** The logo fits this box at the top of the first page. */
  logoBox: { widthPt: 6 * CM, heightPt: 2.5 * CM },
  /** Space under the logo, before the DRAFT banner or the text. */
  logoAfterPt: 6,
  /** Space between logos in the first page's row of logos (a joint release's partners after the brand's own). */
  logoGapPt: 12,
  /** The rule left of a quote: its width and the gap to the text. */
  quoteRule: { widthPt: 3, gapPt: 10 },
  /** Rules above and below the DRAFT banner. */
  draftRule: { widthPt: 1.5, gapPt: 2 },
  /** A contents entry's page number sits right-aligned in a column this wide at the right of the text. */
  contentsNumberPt: 40,
  /** A picture in the story is never taller than this, so a tall portrait photo leaves room for its caption. */
  pictureMaxHeightPt: 841.9 - 2 * 2.5 * CM - 72,
} as const;

/** Pictures are shown no larger than 150 dpi, so a small picture is not blown up into a blurry one. */
export const IMAGE_MAX_DPI = 150;

/** Red of the DRAFT banner: 5.9:1 on white, so it passes WCAG AA for text of any size. */
export const DRAFT_RED = '#C00000';
