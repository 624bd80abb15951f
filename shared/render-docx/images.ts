import { ImageRun } from 'docx';
import { IMAGE_MAX_DPI, type ImageData } from '../doc-tree';
import type { RenderContext } from './render-context';

/** Pictures are shown no larger than IMAGE_MAX_DPI (shared with the PDF), so a small picture is not blown up. */
const MAX_DPI = IMAGE_MAX_DPI;
const PX_PER_INCH = 96;

export interface Box {
  /** docx drawing pixels (96 to the inch). */
  readonly maxWidth: number;
  readonly maxHeight?: number;
}

export interface DisplaySize {
  /** docx drawing pixels (96 to the inch), whole numbers. */
  readonly width: number;
  readonly height: number;
}

/**
 * The size to show a picture at: its natural size at 150 dpi, scaled down (never up) to fit the box, aspect ratio kept.
 */
export const fitImage = (image: Pick<ImageData, 'widthPx' | 'heightPx'>, box: Box): DisplaySize => {
  const widthPx = Math.max(1, image.widthPx);
  const heightPx = Math.max(1, image.heightPx);
  const natural = PX_PER_INCH / MAX_DPI;
  const scale = Math.min(natural, box.maxWidth / widthPx, box.maxHeight === undefined ? Infinity : box.maxHeight / heightPx);
  return { width: Math.max(1, Math.round(widthPx * scale)), height: Math.max(1, Math.round(heightPx * scale)) };
};

/** The type docx stores a picture's raster as (the file name's extension in word/media). */
export const rasterType = (image: Pick<ImageData, 'format'>): 'jpg' | 'png' => (image.format === 'jpeg' ? 'jpg' : 'png');

export interface PictureOptions {
  readonly image: ImageData;
  /** Alt text; empty for a decorative picture. */
  readonly alt: string;
  readonly decorative: boolean;
  /** The picture is fitted to this box ... */
  readonly box?: Box;
  /** ... or shown at this size (the header's row of logos, sized by doc-tree's logoRow). */
  readonly size?: DisplaySize;
  /** Shown in Word's Selection Pane. */
  readonly name: string;
  /** In the page furniture (the header's logos), whose pictures are stored apart from the body's: see RenderContext.mediaStandIn. */
  readonly furniture?: boolean;
}

/**
 * An inline picture. The alt text goes in both descr (what Word 365 and screen readers read) and title (what older
 * Word showed as the alt text title); a decorative picture is marked as such (adec:decorative) and has neither.
 * A picture drawn from an SVG goes in as the SVG (Word 2016 and later draw it as vectors: asvg:svgBlip) with its
 * print-resolution PNG as the fallback every other reader shows.
 */
export const pictureRun = (context: RenderContext, { image, alt, decorative, box, size, name, furniture = false }: PictureOptions): ImageRun => {
  const id = context.nextDrawingId();
  const text = decorative ? '' : alt;
  const where = furniture ? 'furniture' : 'body';
  const raster = { type: rasterType(image), data: context.mediaStandIn(image.bytes, where) };
  const transformation = size ?? fitImage(image, box ?? { maxWidth: Infinity });
  const common = {
    transformation,
    altText: { id: String(id), name: `${name} ${id}`, description: text, title: text },
    decorative,
  };
  return image.svg === undefined
    ? new ImageRun({ ...raster, ...common })
    : new ImageRun({ type: 'svg', data: context.mediaStandIn(image.svg, where), fallback: raster, ...common });
};
