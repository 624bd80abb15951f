/** The JSON that read_docx.py prints: a .docx as python-docx reads it. Keys match the Python. */

export interface DocxRun {
  readonly text: string;
  /** Direct formatting on the run: true, false, or null when the run takes it from its style. */
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly characterStyle: string | null;
  /** The URL when the run is inside a hyperlink. */
  readonly link: string | null;
}

export interface DocxNumbering {
  readonly numId: number;
  readonly level: number;
  /** w:numFmt: "bullet", "decimal" … */
  readonly format: string | null;
  /** Where this list starts, after any start override of its w:num. */
  readonly start: number | null;
  readonly text: string | null;
}

export interface DocxParagraph {
  /** Position among the body's paragraphs (tables not counted). */
  readonly index: number;
  /** The style name as Word and python-docx show it ("Heading 1", "List Bullet"). */
  readonly style: string;
  readonly styleId: string;
  /** The text as Word shows it, hyperlinks included; w:br is "\n", w:tab "\t". */
  readonly text: string;
  /** From the paragraph or its style chain; 0 is Heading 1. null for body text. */
  readonly outlineLevel: number | null;
  readonly keepNext: boolean;
  /** w:jc on the paragraph itself, if any. */
  readonly alignment: string | null;
  readonly numbering: DocxNumbering | null;
  /** Field instructions in the paragraph, e.g. ["PAGE", "NUMPAGES"]. */
  readonly fields: readonly string[];
  readonly runs: readonly DocxRun[];
}

export interface DocxImage {
  /** The package part, e.g. "document.xml", "header1.xml". */
  readonly part: string;
  /** Index of the paragraph it is in (body paragraphs, or the header/footer's own), null inside a table. */
  readonly paragraph: number | null;
  readonly id: string | null;
  readonly name: string | null;
  /** wp:docPr/@descr: the alt text. */
  readonly description: string | null;
  readonly title: string | null;
  /** Marked decorative (adec:decorative val=1), so screen readers skip it. */
  readonly decorative: boolean;
  readonly widthCm: number | null;
  readonly heightCm: number | null;
}

export interface DocxHyperlink {
  readonly part: string;
  readonly paragraph: number | null;
  readonly text: string;
  /** The relationship's target, with #anchor appended when the hyperlink has one. */
  readonly url: string | null;
  readonly anchor: string | null;
}

export interface DocxTable {
  /** How many body paragraphs come before the table. */
  readonly position: number;
  readonly rows: readonly (readonly string[])[];
  /** Leading rows marked as header rows (w:tblHeader), which Word repeats on each page. */
  readonly headerRows: number;
  readonly firstRowRepeats: boolean;
  /** Table border sides that are drawn: top, left, bottom, right, insideH, insideV. */
  readonly borders: readonly string[];
  readonly width: { readonly value: number | null; readonly type: string | null } | null;
}

export interface DocxFurnitureParagraph extends Omit<DocxParagraph, 'runs'> {
  readonly images: readonly DocxImage[];
  /** Text of any Word watermark (VML WordArt) in the paragraph. */
  readonly watermarks: readonly string[];
  readonly hyperlinks: readonly DocxHyperlink[];
}

export interface DocxFurniturePart {
  readonly part: string;
  readonly paragraphs: readonly DocxFurnitureParagraph[];
}

type ByKind = Readonly<Record<'default' | 'first' | 'even', DocxFurniturePart | null>>;

export interface DocxSection {
  readonly pageWidthCm: number | null;
  readonly pageHeightCm: number | null;
  readonly margins: Readonly<Record<'top' | 'bottom' | 'left' | 'right', number | null>>;
  /** w:titlePg: the first page has its own header and footer. */
  readonly differentFirstPage: boolean;
  readonly headers: ByKind;
  readonly footers: ByKind;
}

export interface DocxStyle {
  /** As python-docx shows it ("Heading 1", "Caption"). */
  readonly name: string | null;
  readonly id: string;
  readonly type: 'paragraph' | 'character' | 'table' | 'numbering' | string;
  readonly basedOn: string | null;
  /** These follow basedOn, as Word resolves a style. */
  readonly outlineLevel: number | null;
  readonly keepNext: boolean;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly font: string | null;
  readonly sizePt: number | null;
  readonly colour: string | null;
  readonly language: string | null;
  readonly alignment: string | null;
  /** The style itself draws a left paragraph border. */
  readonly leftBorder: boolean;
}

export interface DocxReading {
  /** The body's paragraphs in order (not those inside tables). */
  readonly paragraphs: readonly DocxParagraph[];
  readonly tables: readonly DocxTable[];
  /** Pictures in the body, in order (header and footer pictures are under `sections`). */
  readonly images: readonly DocxImage[];
  /** Hyperlinks in the body, in order. */
  readonly hyperlinks: readonly DocxHyperlink[];
  /** Each header part in use: its paragraphs' text. */
  readonly headers: readonly (readonly string[])[];
  /** Each footer part in use: its paragraphs' text (fields show no number until Word updates them). */
  readonly footers: readonly (readonly string[])[];
  readonly sections: readonly DocxSection[];
  readonly core: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: string;
    /** dc:language */
    readonly language: string;
    readonly lastModifiedBy: string;
    readonly revision: number;
    readonly created: string | null;
    readonly modified: string | null;
  };
  /** docProps/app.xml */
  readonly app: { readonly application: string | null };
  /** w:lang of the document defaults (styles.xml w:docDefaults). */
  readonly defaultLanguage: string | null;
  readonly defaults: { readonly language: string | null; readonly font: string | null; readonly sizePt: number | null };
  readonly styles: readonly DocxStyle[];
}
