import { describe, expect, it } from 'vitest';
import { ImageDamagedError, ImageTimeoutError, ImageTooLargeError, ImageTruncatedError } from './errors';
import { readFailure } from './read-failure';
import { solid } from './test-images';

describe('readFailure', () => {
  const job = async () => ({ bytes: await solid(20, 10).png().toBuffer(), format: 'png' as const, project: 'p', name: 'a.png', timeoutMs: 1000 });

  it.each([
    ['Input image exceeds pixel limit', ImageTooLargeError],
    ['timeout: 13% complete\nVipsImage: killed for image "temp-240"', ImageTimeoutError],
    ['pngload_buffer: end of stream', ImageTruncatedError],
    ['VipsJpeg: premature end of JPEG image', ImageTruncatedError],
    ['gifload_buffer: Unexpected end of GIF source data', ImageTruncatedError],
    ['pngload_buffer: libspng read error', ImageDamagedError],
  ])('words sharp’s "%s" for the user', async (message, kind) => {
    const error = readFailure(new Error(message), await job());
    expect(error).toBeInstanceOf(kind);
  });

  it('calls a file without its end marker cut short, whatever libvips says', async () => {
    const whole = await job();
    const cut = { ...whole, bytes: whole.bytes.subarray(0, whole.bytes.length - 12) };
    expect(readFailure(new Error('some wording from a future libvips'), cut)).toBeInstanceOf(ImageTruncatedError);
    expect(readFailure(new Error('some wording from a future libvips'), whole)).toBeInstanceOf(ImageDamagedError);
  });

  it('keeps sharp’s error as the cause', async () => {
    const cause = new Error('pngload_buffer: libspng read error');
    expect(readFailure(cause, await job()).cause).toBe(cause);
  });
});
