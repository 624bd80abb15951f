import fc from 'fast-check';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseImage } from './normalise-image';
import { halves, identify, pixelAt, solid } from './test-images';

const normalise = (bytes: Uint8Array, name: string, maxLongEdgePx?: number) =>
  normaliseImage(bytes, { name, project: 'harbour-wall', ...(maxLongEdgePx === undefined ? {} : { maxLongEdgePx }) });

describe('normaliseImage: pictures that pass', () => {
  it('passes a small PNG through as a PNG of the same size', async () => {
    const image = await normalise(await solid(400, 300).png().toBuffer(), 'assets/chart.png');
    expect(image).toMatchObject({ format: 'png', widthPx: 400, heightPx: 300 });
    expect(identify(image.bytes)).toMatchObject({ format: 'PNG', width: 400, height: 300, depth: 8, interlace: 'None' });
  });

  it('passes a small JPEG through as a baseline JPEG of the same size', async () => {
    const image = await normalise(await solid(640, 480).jpeg().toBuffer(), 'assets/harbour.JPG');
    expect(image).toMatchObject({ format: 'jpeg', widthPx: 640, heightPx: 480 });
    expect(identify(image.bytes)).toMatchObject({ format: 'JPEG', width: 640, height: 480, colourspace: 'sRGB', interlace: 'None' });
  });

  it('turns a 16-bit PNG into an 8-bit one', async () => {
    const input = await solid(200, 100).toColourspace('rgb16').png().toBuffer();
    expect((await sharp(input).metadata()).depth).toBe('ushort');
    const image = await normalise(input, 'assets/scan.png');
    expect((await sharp(image.bytes).metadata()).depth).toBe('uchar');
    expect(identify(image.bytes)).toMatchObject({ format: 'PNG', depth: 8 });
  });

  it('turns an interlaced PNG into a plain one', async () => {
    const input = await solid(200, 100).png({ progressive: true }).toBuffer();
    expect((await sharp(input).metadata()).isProgressive).toBe(true);
    const image = await normalise(input, 'assets/web.png');
    expect((await sharp(image.bytes).metadata()).isProgressive).toBe(false);
    expect(identify(image.bytes).interlace).toBe('None');
  });

  it('turns a progressive JPEG into a baseline one', async () => {
    const input = await solid(200, 100).jpeg({ progressive: true }).toBuffer();
    expect((await sharp(input).metadata()).isProgressive).toBe(true);
    const image = await normalise(input, 'assets/web.jpeg');
    expect((await sharp(image.bytes).metadata()).isProgressive).toBe(false);
    expect(identify(image.bytes).interlace).toBe('None');
  });

  it('converts a CMYK JPEG (print-ready export) to 8-bit sRGB, as ImageMagick confirms', async () => {
    const input = await solid(300, 200).toColourspace('cmyk').jpeg().toBuffer();
    expect(identify(input)).toMatchObject({ colourspace: 'CMYK', channels: 'cmyk' });
    const image = await normalise(input, 'assets/leaflet.jpg');
    expect(image.format).toBe('jpeg');
    expect((await sharp(image.bytes).metadata()).space).toBe('srgb');
    expect(identify(image.bytes)).toMatchObject({ format: 'JPEG', colourspace: 'sRGB', depth: 8, channels: 'srgb', width: 300, height: 200 });
    // The round trip through CMYK keeps the colour near the original blue (#3366cc).
    const [r = 0, g = 0, b = 0] = await pixelAt(image.bytes, 150, 100);
    expect(b).toBeGreaterThan(r + 80);
    expect(b).toBeGreaterThan(g + 40);
  });

  it('accepts a JPEG with junk bytes between segments, which libjpeg skips harmlessly', async () => {
    const jpeg = await solid(200, 100).jpeg().toBuffer();
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    const input = Buffer.concat([jpeg.subarray(0, sos), Buffer.from([0, 0, 0]), jpeg.subarray(sos)]);
    // sharp's default (failOn 'warning') refuses it, so this proves the retry at 'error' happened.
    await expect(sharp(input).toBuffer()).rejects.toThrow('3 extraneous bytes before marker 0xda');
    await expect(normalise(input, 'assets/camera.jpg')).resolves.toMatchObject({ format: 'jpeg', widthPx: 200, heightPx: 100 });
  });

  it('applies the EXIF orientation, so a phone photo comes out upright', async () => {
    // Stored sideways with orientation 6 ("rotate 90° clockwise to view"): the left (red) half belongs on top.
    const input = await halves(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const image = await normalise(input, 'assets/phone.jpg');
    expect(image).toMatchObject({ widthPx: 200, heightPx: 400 });
    expect((await sharp(image.bytes).metadata()).orientation).toBeUndefined();
    const [topR = 0, , topB = 0] = await pixelAt(image.bytes, 100, 20);
    const [bottomR = 0, , bottomB = 0] = await pixelAt(image.bytes, 100, 380);
    expect(topR).toBeGreaterThan(200);
    expect(topB).toBeLessThan(60);
    expect(bottomB).toBeGreaterThan(200);
    expect(bottomR).toBeLessThan(60);
  });

  it('strips metadata: EXIF, XMP and the ICC profile', async () => {
    const input = await solid(200, 100)
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Harbour Wall Photos', Artist: 'A. Photographer' } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>')
      .withIccProfile('p3')
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.icc).toBeDefined();
    const after = await sharp((await normalise(input, 'assets/harbour.jpg')).bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
  });

  it('keeps a transparent PNG as a PNG with its transparency', async () => {
    const input = await sharp({ create: { width: 120, height: 80, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const image = await normalise(input, 'assets/logo.png');
    expect(image.format).toBe('png');
    expect(identify(image.bytes)).toMatchObject({ format: 'PNG', channels: 'srgba', depth: 8 });
    const [, , , alpha] = await pixelAt(image.bytes, 10, 10);
    expect(alpha).toBeGreaterThan(120);
    expect(alpha).toBeLessThan(136);
  });

  it('makes a 16-bit transparent PNG an 8-bit transparent PNG', async () => {
    const input = await sharp({ create: { width: 60, height: 40, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.25 } } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    expect((await sharp(input).metadata()).depth).toBe('ushort');
    const image = await normalise(input, 'assets/logo.png');
    expect(identify(image.bytes)).toMatchObject({ format: 'PNG', channels: 'srgba', depth: 8 });
  });

  it.each([
    ['gif', 'assets/map.gif', 'png'],
    ['webp', 'assets/harbour.webp', 'jpeg'],
    ['tiff', 'assets/harbour.TIFF', 'jpeg'],
  ] as const)('accepts %s (as %s) and writes %s', async (format, name, output) => {
    const image = await normalise(await solid(90, 60).toFormat(format).toBuffer(), name);
    expect(image).toMatchObject({ format: output, widthPx: 90, heightPx: 60 });
  });

  it('writes a transparent WebP as PNG rather than flattening it', async () => {
    const input = await sharp({ create: { width: 50, height: 50, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 0 } } })
      .webp({ lossless: true })
      .toBuffer();
    const image = await normalise(input, 'assets/badge.webp');
    expect(image.format).toBe('png');
    expect((await pixelAt(image.bytes, 25, 25))[3]).toBe(0);
  });
});

describe('normaliseImage: size', () => {
  let camera: Buffer;
  beforeAll(async () => {
    // 80 megapixels: under the 100-megapixel limit, so it must be scaled, not refused.
    camera = await solid(10_000, 8000).jpeg().toBuffer();
  });

  it('scales a 10000 × 8000 photo down to 2000 × 1600', async () => {
    const image = await normalise(camera, 'assets/camera.jpg');
    expect(image).toMatchObject({ format: 'jpeg', widthPx: 2000, heightPx: 1600 });
    expect(identify(image.bytes)).toMatchObject({ width: 2000, height: 1600 });
  });

  it('honours a smaller maxLongEdgePx and never scales up', async () => {
    expect(await normalise(camera, 'assets/camera.jpg', 500)).toMatchObject({ widthPx: 500, heightPx: 400 });
    expect(await normalise(await solid(300, 200).png().toBuffer(), 'assets/small.png', 2000)).toMatchObject({ widthPx: 300, heightPx: 200 });
  });

  it('gives whole-pixel sizes that match the bytes, with the long edge at most the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1200 }),
        fc.integer({ min: 1, max: 1200 }),
        fc.integer({ min: 1, max: 800 }),
        async (width, height, maxLongEdgePx) => {
          const image = await normalise(await solid(width, height).png().toBuffer(), 'assets/any.png', maxLongEdgePx);
          const { widthPx, heightPx } = image;
          expect(Number.isInteger(widthPx) && Number.isInteger(heightPx)).toBe(true);
          expect(Math.min(widthPx, heightPx)).toBeGreaterThanOrEqual(1);
          expect(Math.max(widthPx, heightPx)).toBe(Math.min(Math.max(width, height), maxLongEdgePx));
          // The shape is kept to within a pixel of rounding.
          const scale = Math.max(widthPx, heightPx) / Math.max(width, height);
          expect(Math.abs(widthPx - width * scale)).toBeLessThanOrEqual(1);
          expect(Math.abs(heightPx - height * scale)).toBeLessThanOrEqual(1);
          const decoded = await sharp(image.bytes).metadata();
          expect([decoded.width, decoded.height]).toEqual([widthPx, heightPx]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
