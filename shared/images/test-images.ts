/**
 * Test-only helpers: every fixture is drawn with sharp when the test runs, so no binary pictures live in git,
 * and output is read back with ImageMagick's `identify`, a reader independent of sharp and libvips.
 */
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';

export const BLUE = { r: 0x33, g: 0x66, b: 0xcc } as const;

/** A flat-colour opaque picture; flat colour keeps even 80-megapixel fixtures quick to make. */
export const solid = (width: number, height: number): sharp.Sharp =>
  sharp({ create: { width, height, channels: 3, background: BLUE } });

/** Left half red, right half blue, so a test can tell which way up a picture came out. */
export function halves(width: number, height: number): sharp.Sharp {
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], at);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** The colour of one pixel of an encoded picture, as [r, g, b, (a)]. */
export async function pixelAt(bytes: Uint8Array, left: number, top: number): Promise<number[]> {
  const data = await sharp(bytes).extract({ left, top, width: 1, height: 1 }).raw().toBuffer();
  return [...data];
}

export interface Identified {
  /** ImageMagick's format name: PNG, JPEG. */
  readonly format: string;
  readonly colourspace: string;
  readonly depth: number;
  readonly width: number;
  readonly height: number;
  /** None for baseline JPEG and non-interlaced PNG. */
  readonly interlace: string;
  /** e.g. srgb, srgba, cmyk. */
  readonly channels: string;
}

/** What ImageMagick makes of some bytes; it sniffs the format itself. */
export function identify(bytes: Uint8Array): Identified {
  const out = execFileSync('/usr/bin/identify', ['-format', '%m|%[colorspace]|%z|%w|%h|%[interlace]|%[channels]', '-'], {
    input: bytes,
    encoding: 'utf8',
  });
  const [format = '', colourspace = '', depth = '', width = '', height = '', interlace = '', channels = ''] = out.trim().split('|');
  return { format, colourspace, depth: Number(depth), width: Number(width), height: Number(height), interlace, channels };
}
