import { beforeAll, describe, expect, it } from 'vitest';
import {
  ImageDamagedError,
  ImageProblemError,
  ImageTimeoutError,
  ImageTooLargeError,
  ImageTruncatedError,
  ImageTypeMismatchError,
  ImageUnreadableError,
  ImageUnsupportedError,
} from './errors';
import { normaliseImage } from './normalise-image';
import { solid } from './test-images';

const project = 'harbour-wall';
const normalise = (bytes: Uint8Array, name: string, timeoutMs?: number) =>
  normaliseImage(bytes, { name, project, ...(timeoutMs === undefined ? {} : { timeoutMs }) });

/** Fails the test rather than hanging it: each refusal below must come quickly. */
const QUICK_MS = 5000;

describe('normaliseImage: pictures that are refused', () => {
  it(
    'refuses a PNG cut in half as cut short, quickly',
    async () => {
      const png = await solid(400, 300).png().toBuffer();
      const half = png.subarray(0, Math.floor(png.length / 2));
      const refusal = normalise(half, 'assets/harbour.png');
      await expect(refusal).rejects.toThrow(ImageTruncatedError);
      await expect(refusal).rejects.toThrow(
        'harbour-wall: "assets/harbour.png" is cut short (the file is incomplete); export it again from your photo editor or choose another picture',
      );
    },
    QUICK_MS,
  );

  it(
    'refuses a JPEG cut in half as cut short, not as half a picture',
    async () => {
      const jpeg = await solid(400, 300).jpeg().toBuffer();
      const refusal = normalise(jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'assets/harbour.jpg');
      await expect(refusal).rejects.toThrow(ImageTruncatedError);
      await expect(refusal).rejects.toMatchObject({ cause: { message: expect.stringMatching(/premature end/) } });
    },
    QUICK_MS,
  );

  it(
    'refuses a PNG with a damaged header as damaged',
    async () => {
      const png = Buffer.from(await solid(50, 40).png().toBuffer());
      png[29] = (png[29] ?? 0) ^ 0xff; // The IHDR chunk's checksum.
      await expect(normalise(png, 'assets/harbour.png')).rejects.toThrow(ImageDamagedError);
      await expect(normalise(png, 'assets/harbour.png')).rejects.toThrow('looks like a PNG picture but is damaged');
    },
    QUICK_MS,
  );

  it(
    'refuses a JPEG whose picture data is corrupt, rather than embed grey or smeared blocks',
    async () => {
      const jpeg = Buffer.from(await solid(400, 300).jpeg().toBuffer());
      // Overwrite the middle of the compressed scan (after the start-of-scan header), keeping the end marker.
      const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
      const scan = sos + 2 + jpeg.readUInt16BE(sos + 2);
      const middle = Math.floor((scan + jpeg.length - 2) / 2);
      jpeg.fill(0x55, middle - 8, middle + 8);
      const refusal = normalise(jpeg, 'assets/harbour.jpg');
      await expect(refusal).rejects.toThrow(ImageDamagedError);
      await expect(refusal).rejects.toThrow('looks like a JPEG picture but is damaged and cannot be read; export it again');
    },
    QUICK_MS,
  );

  it('refuses random bytes named .png as not a picture', async () => {
    // Noise from a fixed-seed generator, so a failure can be reproduced.
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >>> 23);
    await expect(normalise(random, 'assets/harbour.png')).rejects.toThrow(ImageUnreadableError);
    await expect(normalise(random, 'assets/harbour.png')).rejects.toThrow(
      'harbour-wall: "assets/harbour.png" is not a picture Pressdesk can read',
    );
  });

  it('refuses JPEG bytes named .png, saying what the file really is', async () => {
    const jpeg = await solid(40, 30).jpeg().toBuffer();
    const refusal = normalise(jpeg, 'assets/harbour.png');
    await expect(refusal).rejects.toThrow(ImageTypeMismatchError);
    await expect(refusal).rejects.toThrow('is really a JPEG picture, though its name ends in .png; rename it to end in .jpg');
  });

  it('refuses an SVG logo for now', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    await expect(normalise(svg, 'assets/logo.svg')).rejects.toThrow(ImageUnsupportedError);
    await expect(normalise(svg, 'assets/logo.svg')).rejects.toThrow('is an SVG drawing, which Pressdesk cannot put into documents yet; save it as a PNG picture');
  });

  it('refuses a picture of more than 100 megapixels, giving its size', async () => {
    const huge = await solid(12_000, 9000).png({ compressionLevel: 1 }).toBuffer();
    const refusal = normalise(huge, 'assets/panorama.png');
    await expect(refusal).rejects.toThrow(ImageTooLargeError);
    await expect(refusal).rejects.toThrow('is 12000 × 9000 pixels (108 megapixels), more than the 100 megapixels Pressdesk can take');
  });

  it('refuses nonsense options as a programming error, not a picture problem', async () => {
    const png = await solid(4, 4).png().toBuffer();
    await expect(normaliseImage(png, { name: 'a.png', project, maxLongEdgePx: 0 })).rejects.toThrow(RangeError);
    await expect(normaliseImage(png, { name: 'a.png', project, maxLongEdgePx: 12.5 })).rejects.toThrow(RangeError);
    await expect(normaliseImage(png, { name: 'a.png', project, timeoutMs: Number.NaN })).rejects.toThrow(RangeError);
    await expect(normaliseImage(png, { name: 'a.png', project, timeoutMs: -1 })).rejects.not.toBeInstanceOf(ImageProblemError);
  });
});

describe('normaliseImage: time limit', () => {
  let camera: Buffer;
  beforeAll(async () => {
    camera = await solid(10_000, 8000).jpeg().toBuffer();
  });

  it(
    'gives up on a picture that takes longer than timeoutMs',
    async () => {
      const refusal = normalise(camera, 'assets/camera.jpg', 1);
      await expect(refusal).rejects.toThrow(ImageTimeoutError);
      await expect(refusal).rejects.toThrow('harbour-wall: "assets/camera.jpg" took longer than 1 millisecond to read, so Pressdesk stopped');
    },
    QUICK_MS,
  );

  it('still reads the same picture within the default limit', async () => {
    await expect(normalise(camera, 'assets/camera.jpg')).resolves.toMatchObject({ widthPx: 2000, heightPx: 1600 });
  });
});
