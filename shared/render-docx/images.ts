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

export interface PictureOptions {
  readonly image: ImageData;
  /** Alt text; empty for a decorative picture. */
  readonly alt: string;
  readonly decorative: boolean;
  readonly box: Box;
  /** Shown in Word's Selection Pane. */
  readonly name: string;
}

/**
 * An inline picture. The alt text goes in both descr (what Word 365 and screen readers read) and title (what older
 * Word showed as the alt text title); a decorative picture is marked as such (adec:decorative) and has neither.
 */
export const pictureRun = (context: RenderContext, { image, alt, decorative, box, name }: PictureOptions): ImageRun => {
  const id = context.nextDrawingId();
  const text = decorative ? '' : alt;
  return new ImageRun({
    type: image.format === 'jpeg' ? 'jpg' : 'png',
    data: context.mediaStandIn(image.bytes),
    transformation: fitImage(image, box),
    altText: { id: String(id), name: `${name} ${id}`, description: text, title: text },
    decorative,
  });
};
