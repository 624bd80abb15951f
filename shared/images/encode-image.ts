import type { FailOnOptions } from 'sharp';
import type { ImageData } from '../doc-tree';
import { MAX_INPUT_PIXELS } from './limits';
import { loadSharp } from './sharp';

/** Baseline JPEG at this quality is indistinguishable from the original in print and keeps documents small. */
const JPEG_QUALITY = 85;

// libjpeg's warning for junk between JPEG segments, which it skips: the pixels are whole. Some cameras and
// editors write it, and other viewers show such files without complaint, so refusing them would only puzzle.
const HARMLESS_WARNING = /extraneous bytes before marker/i;

export interface EncodeOptions {
  readonly output: ImageData['format'];
  readonly maxLongEdgePx: number;
  /** sharp's own time limit, in whole seconds. */
  readonly timeoutSeconds: number;
}

/**
 * Decodes strictly and writes 8-bit sRGB at most `maxLongEdgePx` on the long edge. Throws sharp's errors as they
 * are; the caller words them for the user.
 *
 * Decoding fails on any libjpeg warning ('warning', sharp's default), because the weaker 'truncated' and 'error'
 * let corrupt scan data through as a picture with grey or smeared blocks, which must never reach a press
 * release. The one known-harmless warning gets a second decode at 'error', still strict about cut-short files.
 */
export async function encodeImage(bytes: Uint8Array, options: EncodeOptions): Promise<ImageData> {
  try {
    return await encodeOnce(bytes, options, 'warning');
  } catch (error) {
    if (!(error instanceof Error && HARMLESS_WARNING.test(error.message))) throw error;
    return encodeOnce(bytes, options, 'error');
  }
}

async function encodeOnce(bytes: Uint8Array, options: EncodeOptions, failOn: FailOnOptions): Promise<ImageData> {
  const sharp = loadSharp();
  const pipeline = sharp(bytes, { failOn, limitInputPixels: MAX_INPUT_PIXELS })
    // The caller's timer only stops the waiting; this stops libvips itself, so a timed-out job frees its thread.
    .timeout({ seconds: options.timeoutSeconds })
    .autoOrient()
    .resize({ width: options.maxLongEdgePx, height: options.maxLongEdgePx, fit: 'inside', withoutEnlargement: true })
    // CMYK, greyscale, 16-bit and embedded profiles all become 8-bit sRGB; alpha is kept. sharp's default output
    // already strips metadata (EXIF, XMP, ICC), which is safe once the orientation has been applied.
    .toColourspace('srgb');
  const encoded =
    options.output === 'png'
      ? pipeline.png({ progressive: false, palette: false })
      : pipeline.jpeg({ quality: JPEG_QUALITY, progressive: false, mozjpeg: false, chromaSubsampling: '4:2:0' });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return {
    // A plain view, so nothing downstream starts relying on Buffer-only methods.
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    format: options.output,
    widthPx: info.width,
    heightPx: info.height,
  };
}
