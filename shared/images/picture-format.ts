import { loadSharp } from './sharp';

/** How long reading a picture's header may take before the file is taken as unreadable. */
export const PICTURE_FORMAT_TIMEOUT_MS = 5_000;

/**
 * The picture's format as sharp reads it from the file's own header ('png', 'jpeg', 'svg', …), whatever its name
 * says; undefined when sharp cannot read it, or not within the time limit (a damaged file must never hang a call).
 */
export async function pictureFormat(bytes: Uint8Array, timeoutMs: number = PICTURE_FORMAT_TIMEOUT_MS): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const sharp = loadSharp(); // a sharp that will not load is a broken install, not an unreadable picture
    const read = sharp(bytes, { failOn: 'error', limitInputPixels: false })
      .metadata()
      .then((metadata) => metadata.format as string | undefined, () => undefined);
    return await Promise.race([read, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
