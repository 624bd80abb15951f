import type { PDFPage } from '@cantoo/pdf-lib';

/** The standard structure types Pressdesk uses (PDF 1.7 §14.8.4), so the tree needs no /RoleMap. */
export type StructType =
  | 'Document'
  | 'Part'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'BlockQuote'
  | 'Figure'
  | 'Caption'
  | 'Table'
  | 'THead'
  | 'TBody'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Link'
  | 'Span'
  | 'TOC'
  | 'TOCI';

/** A structure element, as the builder hands it out: opaque apart from its type. */
export interface StructElement {
  readonly type: StructType;
}

/** A rectangle in PDF coordinates (points, origin bottom left): [x1, y1, x2, y2]. */
export type Rect = readonly [number, number, number, number];

export interface ElementOptions {
  /** Alternative text, required for a Figure (/Alt). */
  readonly alt?: string;
  /** What the content says when its glyphs do not (/ActualText). */
  readonly actualText?: string;
  /** For a TH: the cells it heads. */
  readonly scope?: 'Column' | 'Row';
  /** Language when it differs from the document's, e.g. "cy" for a Welsh paragraph (/Lang). */
  readonly lang?: string;
  /** For a Figure: where it sits on the page (/A <</O /Layout /BBox …>>). */
  readonly bbox?: Rect;
}

/** Where an internal link goes: a place on a page of this document. */
export interface LinkDestination {
  readonly page: PDFPage;
  /** Top of the place, in PDF coordinates (points up from the bottom of the page). */
  readonly y: number;
}
