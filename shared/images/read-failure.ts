import {
  ImageDamagedError,
  ImageTimeoutError,
  ImageTooLargeError,
  ImageTruncatedError,
  type ImageProblemError,
} from './errors';
import type { InputFormat } from './formats';
import { MAX_INPUT_PIXELS } from './limits';
import { looksCutShort } from './sniff';

// Wording from libvips 8.17 / sharp 0.34, e.g. "pngload_buffer: end of stream" (PNG),
// "VipsJpeg: premature end of JPEG image" (JPEG), "gifload_buffer: Unexpected end of GIF source data" (GIF).
const CUT_SHORT = /end of stream|premature end|unexpected end|truncated|end of file/i;
// sharp's own timeout: "timeout: 13% complete".
const SHARP_TIMEOUT = /^timeout:/;
const PIXEL_LIMIT = /exceeds pixel limit/i;

interface Failed {
  readonly bytes: Uint8Array;
  readonly format: InputFormat;
  readonly project: string;
  readonly name: string;
  readonly timeoutMs: number;
}

/** Turns sharp's error for a file we had already recognised into one the user can act on. */
export function readFailure(error: unknown, job: Failed): ImageProblemError {
  const { project, name } = job;
  const message = error instanceof Error ? error.message : String(error);
  const cause = { cause: error };
  if (PIXEL_LIMIT.test(message)) return new ImageTooLargeError(project, name, MAX_INPUT_PIXELS, undefined, cause);
  if (SHARP_TIMEOUT.test(message)) return new ImageTimeoutError(project, name, job.timeoutMs);
  // Structure first: a missing end marker is proof, whatever libvips chose to say.
  if (looksCutShort(job.format, job.bytes) || CUT_SHORT.test(message)) return new ImageTruncatedError(project, name, cause);
  return new ImageDamagedError(project, name, job.format, cause);
}
