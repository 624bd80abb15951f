import type { ImageData } from '../doc-tree';
import { ImageProblemError } from './errors';
import { DEFAULT_TIMEOUT_MS } from './limits';
import { loadSharp } from './sharp';
import { withTimeout } from './with-timeout';

/**
 * Logos are drawn at 600 dpi: twice print resolution, so the edges of flat colour and lettering stay crisp when the
 * PDF is printed or zoomed, and the size of the 6 × 2.5 cm logo box (1417 × 591 px) keeps the PNG small.
 */
export const SVG_LOGO_DPI = 600;

export interface RasteriseSvgOptions {
  /** The SVG as the project names it: shown in messages. */
  readonly name: string;
  readonly project: string;
  /** The box the drawing is fitted to, in pt (it is drawn at SVG_LOGO_DPI for that size). */
  readonly box: { readonly widthPt: number; readonly heightPt: number };
  readonly timeoutMs?: number;
}

/** The SVG could not be drawn (librsvg refused it, or it has no size). */
export class SvgUnreadableError extends ImageProblemError {
  override readonly name = 'SvgUnreadableError';
  constructor(project: string, file: string, options?: ErrorOptions) {
    super(project, file, 'is an SVG drawing Pressdesk cannot draw (it may be damaged, or have no size); save it again from your design program as a plain SVG, or as a PNG, and choose that', options);
  }
}

/** Drawing the SVG took longer than the limit. */
export class SvgTimeoutError extends ImageProblemError {
  override readonly name = 'SvgTimeoutError';
  constructor(project: string, file: string, ms: number) {
    super(project, file, `took more than ${Math.round(ms / 1000)} seconds to draw; save a simpler copy of the logo (or a PNG) and choose that`);
  }
}

/**
 * An SVG logo as a picture for both documents: the SVG itself (kept in `svg` for the DOCX) and a PNG of it at
 * 600 dpi for the logo box, drawn by librsvg through sharp (every SVG feature a design program writes: CSS classes,
 * gradients, clipping). The caller checks the SVG for script and outside references first (brands/svg-check.ts);
 * given bytes, not a file, librsvg has no folder to resolve a relative reference against anyway.
 */
export async function rasteriseSvg(svg: Uint8Array, options: RasteriseSvgOptions): Promise<ImageData> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return withTimeout(draw(svg, options, timeoutMs), timeoutMs, () => new SvgTimeoutError(options.project, options.name, timeoutMs));
}

async function draw(svg: Uint8Array, { name, project, box }: RasteriseSvgOptions, timeoutMs: number): Promise<ImageData> {
  const targetWidth = Math.max(1, Math.round((box.widthPt / 72) * SVG_LOGO_DPI));
  const targetHeight = Math.max(1, Math.round((box.heightPt / 72) * SVG_LOGO_DPI));
  const seconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  const sharp = loadSharp();
  try {
    // sharp reports an SVG's size at 72 dpi; drawing at a higher density draws the vectors bigger (never a resize
    // of a small bitmap, which would blur).
    const { width, height } = await sharp(svg, { limitInputPixels: false }).metadata();
    if (!(width > 0 && height > 0)) throw new SvgUnreadableError(project, name);
    const density = Math.min(100_000, Math.max(1, 72 * Math.min(targetWidth / width, targetHeight / height)));
    const { data, info } = await sharp(svg, { density, limitInputPixels: false })
      .timeout({ seconds })
      .resize({ width: targetWidth, height: targetHeight, fit: 'inside' })
      .toColourspace('srgb')
      .png({ progressive: false, palette: false })
      .toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), format: 'png', widthPx: info.width, heightPx: info.height, svg };
  } catch (error) {
    if (error instanceof ImageProblemError) throw error;
    throw new SvgUnreadableError(project, name, { cause: error });
  }
}
