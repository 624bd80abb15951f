import { IMAGE_MAX_DPI, PAGE_GEOMETRY } from './style-sheet';
import type { ImageData } from './types';

/** A logo's size in the header row, in pt. */
export interface LogoSize {
  readonly widthPt: number;
  readonly heightPt: number;
}

const TEXT_WIDTH_PT = PAGE_GEOMETRY.widthPt - 2 * PAGE_GEOMETRY.marginPt;

/**
 * Sizes of the first page's logos, left to right with `logoGapPt` between them, so both renderers draw the same row.
 * Each logo is first fitted to the logo box as a lone logo is (natural size at 150 dpi, never enlarged, within
 * 6 × 2.5 cm); the row then takes the smallest of those heights, so every logo is the same height and none is
 * blown up past its own fit; and if the row is still wider than the text, all shrink together until it fits.
 * A lone logo comes out exactly as it always has.
 */
export function logoRow(images: readonly Pick<ImageData, 'widthPx' | 'heightPx'>[]): LogoSize[] {
  if (images.length === 0) return [];
  const box = PAGE_GEOMETRY.logoBox;
  const natural = 72 / IMAGE_MAX_DPI;
  const aspects = images.map((image) => Math.max(1, image.widthPx) / Math.max(1, image.heightPx));
  const fittedHeights = images.map((image) => {
    const widthPx = Math.max(1, image.widthPx);
    const heightPx = Math.max(1, image.heightPx);
    return heightPx * Math.min(natural, box.widthPt / widthPx, box.heightPt / heightPx);
  });
  let height = Math.min(...fittedHeights);
  const gaps = PAGE_GEOMETRY.logoGapPt * (images.length - 1);
  const widthAt = (h: number): number => aspects.reduce((sum, aspect) => sum + aspect * h, 0);
  if (widthAt(height) + gaps > TEXT_WIDTH_PT) height *= (TEXT_WIDTH_PT - gaps) / widthAt(height);
  return aspects.map((aspect) => ({ widthPt: aspect * height, heightPt: height }));
}
