import type { PDFOperator, PDFPage } from '@cantoo/pdf-lib';
import type { LaidLine } from '../text';

/**
 * What pagination works with: each block of the tree becomes one unit, a paragraph of lines that may split
 * between pages (within the rules) or a box that may not. Heights in pt; y grows downwards from the top of
 * the text area while paginating, and drawing converts to PDF's upward coordinates.
 */

/** Draws part of a unit on a page; `top` is the distance from the page's top edge. Returns operators. */
export interface DrawTarget {
  readonly page: PDFPage;
  readonly pageIndex: number;
}

/** What every unit may carry besides its content. */
interface UnitExtras {
  /** Starts a new page (unless the page is still empty). */
  readonly pageBreakBefore?: boolean;
  /** A heading's anchor: pagination records the page it starts on (contents lines and their links read it). */
  readonly anchor?: string;
}

export interface ParagraphUnit extends UnitExtras {
  readonly kind: 'paragraph';
  readonly lines: readonly LaidLine[];
  /** Distance between baselines. */
  readonly lineHeight: number;
  readonly beforePt: number;
  readonly afterPt: number;
  readonly keepNext: boolean;
  /** May be split between pages (widow and orphan rules still apply). */
  readonly splittable: boolean;
  /** Draws lines [from, to) with the first line's top at `top`. */
  draw(target: DrawTarget, from: number, to: number, top: number): PDFOperator[];
}

export interface BoxUnit extends UnitExtras {
  readonly kind: 'box';
  readonly height: number;
  readonly beforePt: number;
  readonly afterPt: number;
  readonly keepNext: boolean;
  draw(target: DrawTarget, top: number): PDFOperator[];
  /**
   * A table's body row: when it starts a page, this (the table's header row, drawn again as pagination) goes above
   * it, so the header is on every page the table spans.
   */
  readonly repeatHeader?: BoxUnit;
}

export type Unit = ParagraphUnit | BoxUnit;

/** Lines of a paragraph that must stay together at the start and end of a page (Word's widow/orphan control). */
export const MIN_LINES = 2;

export const paragraphHeight = (unit: ParagraphUnit, lines = unit.lines.length): number => lines * unit.lineHeight;
