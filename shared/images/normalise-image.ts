import type { ImageData } from '../doc-tree';
import { checkFormat } from './check-format';
import { encodeImage } from './encode-image';
import { ImageProblemError, ImageTimeoutError, ImageTooLargeError, ImageUnsupportedError } from './errors';
import type { InputFormat } from './formats';
import { DEFAULT_MAX_LONG_EDGE_PX, DEFAULT_TIMEOUT_MS, MAX_INPUT_PIXELS } from './limits';
import { readFailure } from './read-failure';
import { loadSharp } from './sharp';
import { withTimeout } from './with-timeout';

export interface NormaliseImageOptions {
  /** The picture as the project names it, e.g. `assets/harbour.png`: shown in messages, and its extension is checked. */
  readonly name: string;
  /** Project name, shown in messages. */
  readonly project: string;
  /** Most time to spend on this one picture, so a bad file can never hang an export. Default 10 000. */
  readonly timeoutMs?: number;
  /** Longest edge of the output; larger pictures are scaled down, smaller ones never up. Default 2000 (print size). */
  readonly maxLongEdgePx?: number;
}

/**
 * Makes a picture safe to embed in DOCX and PDF: 8-bit sRGB, upright, no metadata, at most print size, as a
 * non-interlaced PNG (anything with transparency, and PNG/GIF originals such as logos and charts) or a
 * baseline JPEG (photos). Every failure is an {@link ImageProblemError} whose message tells the user what to do.
 */
export async function normaliseImage(bytes: Uint8Array, options: NormaliseImageOptions): Promise<ImageData> {
  const { name, project } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxLongEdgePx = options.maxLongEdgePx ?? DEFAULT_MAX_LONG_EDGE_PX;
  // Bad options are our bug, not the user's, so they are not ImageProblemErrors.
  if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) throw new RangeError(`timeoutMs must be a positive number, not ${timeoutMs}`);
  if (!(Number.isInteger(maxLongEdgePx) && maxLongEdgePx > 0)) {
    throw new RangeError(`maxLongEdgePx must be a positive whole number, not ${maxLongEdgePx}`);
  }

  const format = checkFormat(bytes, project, name);
  const job: Job = { bytes, format, project, name, timeoutMs, maxLongEdgePx };
  return withTimeout(decodeAndEncode(job), timeoutMs, () => new ImageTimeoutError(project, name, timeoutMs));
}

interface Job {
  readonly bytes: Uint8Array;
  readonly format: InputFormat;
  readonly project: string;
  readonly name: string;
  readonly timeoutMs: number;
  readonly maxLongEdgePx: number;
}

async function decodeAndEncode(job: Job): Promise<ImageData> {
  const { bytes, format, project, name } = job;
  const sharp = loadSharp();
  // Custom libvips builds often drop decoders (GIF, TIFF) that our sniffing knows.
  if (!sharp.format[format].input.buffer) throw new ImageUnsupportedError(project, name, format);
  try {
    // The header alone gives the size, so an over-size picture is refused, with its size, before any decoding.
    const metadata = await sharp(bytes, { failOn: 'error', limitInputPixels: false }).metadata();
    if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
      throw new ImageTooLargeError(project, name, MAX_INPUT_PIXELS, { widthPx: metadata.width, heightPx: metadata.height });
    }
    return await encodeImage(bytes, {
      output: metadata.hasAlpha || format === 'png' || format === 'gif' ? 'png' : 'jpeg',
      maxLongEdgePx: job.maxLongEdgePx,
      // Never sooner than our own timer, so the user sees our message; at least 1, since 0 means "no limit".
      timeoutSeconds: Math.max(1, Math.ceil(job.timeoutMs / 1000)),
    });
  } catch (error) {
    if (error instanceof ImageProblemError) throw error;
    throw readFailure(error, job);
  }
}
