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

export interface ParagraphUnit {
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

export interface BoxUnit {
  readonly kind: 'box';
  readonly height: number;
  readonly beforePt: number;
  readonly afterPt: number;
  readonly keepNext: boolean;
  draw(target: DrawTarget, top: number): PDFOperator[];
}

export type Unit = ParagraphUnit | BoxUnit;

/** Lines of a paragraph that must stay together at the start and end of a page (Word's widow/orphan control). */
export const MIN_LINES = 2;

export const paragraphHeight = (unit: ParagraphUnit, lines = unit.lines.length): number => lines * unit.lineHeight;
