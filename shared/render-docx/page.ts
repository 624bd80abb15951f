import { PAGE_GEOMETRY } from '../doc-tree';

/**
 * Page geometry in Word's units, from the shared geometry (shared/doc-tree/style-sheet.ts) so the PDF matches.
 * Word measures pages in twips (1/20 pt); docx sizes drawings in CSS pixels (96 to the inch).
 */

const twips = (pt: number): number => Math.round(pt * 20);
const TWIPS_PER_PX = 1440 / 96;

export const PAGE = {
  width: twips(PAGE_GEOMETRY.widthPt),
  height: twips(PAGE_GEOMETRY.heightPt),
  margin: twips(PAGE_GEOMETRY.marginPt),
  /** Distance from the page edge to the header and footer text. */
  headerDistance: twips(PAGE_GEOMETRY.headerDistancePt),
  footerDistance: twips(PAGE_GEOMETRY.footerDistancePt),
} as const;

export const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

/** The text width in docx's drawing pixels, rounded down so a picture never pokes into the margin. */
export const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH_TWIPS / TWIPS_PER_PX);
