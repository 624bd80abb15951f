/**
 * Page geometry. Word measures pages in twips (1/20 pt); docx sizes drawings in CSS pixels (96 to the inch).
 * A4 portrait with 2.5 cm margins leaves a 16 cm measure: about 90 characters of 12 pt Arial, short enough to read.
 */

const TWIPS_PER_INCH = 1440;
const TWIPS_PER_PX = TWIPS_PER_INCH / 96;

/** Twips in a length given in centimetres. */
export const cm = (value: number): number => Math.round((value * TWIPS_PER_INCH) / 2.54);

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: cm(2.5),
  /** Distance from the page edge to the header and footer text. */
  headerDistance: cm(1.25),
  footerDistance: cm(1.25),
} as const;

export const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

/** The text width in docx's drawing pixels, rounded down so a picture never pokes into the margin. */
export const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH_TWIPS / TWIPS_PER_PX);

/** docx's drawing pixels in a length given in centimetres. */
export const cmToPx = (value: number): number => (value / 2.54) * 96;
