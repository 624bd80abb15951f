import { PressdeskError } from '../errors';
import { FORMAT_LABELS, PREFERRED_EXTENSIONS, isInputFormat, type SniffedFormat } from './formats';

const AGAIN = 'export it again from your photo editor or choose another picture';

/**
 * A picture that cannot go into a document, and what to do about it. The message names the project and the
 * file, in plain English, ready to show as it is.
 *
 * `name` stays the class name (as every Error's does, and as the model's errors do) so logs, stack traces and
 * IPC error codes say which kind of problem this is; the picture's own name is `file`.
 */
export abstract class ImageProblemError extends PressdeskError {
  abstract override readonly name: string;
  constructor(
    /** Project name, as shown to the user. */
    readonly project: string,
    /** The picture as the project names it, e.g. `assets/harbour.png`. */
    readonly file: string,
    /** What is wrong and what to do, after `project: "file" `. */
    problem: string,
    options?: ErrorOptions,
  ) {
    super(`${project}: "${file}" ${problem}`, options);
  }
}

/** The file is empty, or its contents are not a picture at all. */
export class ImageUnreadableError extends ImageProblemError {
  override readonly name = 'ImageUnreadableError';
  constructor(project: string, file: string, readonly empty = false) {
    super(
      project,
      file,
      empty
        ? 'is empty (0 bytes); export it again or choose another picture'
        : 'is not a picture Pressdesk can read (it is not a PNG, JPEG, GIF, WebP or TIFF file); choose a PNG or JPEG picture instead',
    );
  }
}

/** A real picture in a format Pressdesk does not take (yet). */
export class ImageUnsupportedError extends ImageProblemError {
  override readonly name = 'ImageUnsupportedError';
  constructor(
    project: string,
    file: string,
    readonly format: SniffedFormat,
  ) {
    super(
      project,
      file,
      format === 'svg'
        ? 'is an SVG drawing, which Pressdesk cannot put into documents yet; save it as a PNG picture (most drawing programs and brand teams can) and choose that instead'
        : `is ${aPicture(format)}, which Pressdesk cannot read; save it as JPEG from your photo app or editor and choose that file instead`,
    );
  }
}

/** The contents are one format and the name says another (or nothing): a renamed file, or a wrong export. */
export class ImageTypeMismatchError extends ImageProblemError {
  override readonly name = 'ImageTypeMismatchError';
  constructor(
    project: string,
    file: string,
    /** What the bytes really are. */
    readonly actual: SniffedFormat,
    /** The file's extension, lower case with its dot; empty when it has none. */
    readonly extension: string,
    /** The format the extension claims, when it is one Pressdesk knows. */
    claimed: SniffedFormat | undefined,
  ) {
    const what = `is really ${aPicture(actual)}`;
    const named = extension ? `, though its name ends in ${extension}` : ', though its name has no extension';
    const rename = `rename it to end in ${PREFERRED_EXTENSIONS[actual]}`;
    const resave = claimed && isInputFormat(claimed) ? `, or open it in your photo editor and save it again as ${FORMAT_LABELS[claimed]}` : '';
    super(project, file, `${what}${named}; ${rename}${resave}`);
  }
}

/** The file stops before the picture does: an interrupted download or copy. Never embed half a picture. */
export class ImageTruncatedError extends ImageProblemError {
  override readonly name = 'ImageTruncatedError';
  constructor(project: string, file: string, options?: ErrorOptions) {
    super(project, file, `is cut short (the file is incomplete); ${AGAIN}`, options);
  }
}

/** The file is complete but its picture data is broken. */
export class ImageDamagedError extends ImageProblemError {
  override readonly name = 'ImageDamagedError';
  constructor(project: string, file: string, format: SniffedFormat, options?: ErrorOptions) {
    super(project, file, `looks like ${aPicture(format)} but is damaged and cannot be read; ${AGAIN}`, options);
  }
}

/** Reading the picture took longer than the limit, so the export stopped waiting for it. */
export class ImageTimeoutError extends ImageProblemError {
  override readonly name = 'ImageTimeoutError';
  constructor(
    project: string,
    file: string,
    readonly timeoutMs: number,
  ) {
    super(
      project,
      file,
      `took longer than ${describeDuration(timeoutMs)} to read, so Pressdesk stopped; save a smaller copy (2000 pixels on the long edge is plenty for print) or choose another picture`,
    );
  }
}

/** More pixels than Pressdesk will decode: decoding it would need gigabytes of memory. */
export class ImageTooLargeError extends ImageProblemError {
  override readonly name = 'ImageTooLargeError';
  constructor(
    project: string,
    file: string,
    readonly limitPixels: number,
    /** Width and height when the header could be read. */
    readonly size?: { readonly widthPx: number; readonly heightPx: number },
    options?: ErrorOptions,
  ) {
    const limit = `${formatMegapixels(limitPixels)} megapixels`;
    const found = size
      ? `is ${size.widthPx} × ${size.heightPx} pixels (${formatMegapixels(size.widthPx * size.heightPx)} megapixels), more than the ${limit}`
      : `is bigger than the ${limit}`;
    super(project, file, `${found} Pressdesk can take; save a smaller copy (2000 pixels on the long edge is plenty for print) and choose that`, options);
  }
}

/** "a JPEG picture", "an AVIF picture". */
const aPicture = (format: SniffedFormat): string => {
  const label = FORMAT_LABELS[format];
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} picture`;
};

const formatMegapixels = (pixels: number): string => String(Math.round(pixels / 100_000) / 10);

function describeDuration(ms: number): string {
  if (ms < 1000) return ms === 1 ? '1 millisecond' : `${ms} milliseconds`;
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
