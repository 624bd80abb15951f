import { describe, expect, it } from 'vitest';
import { checkFormat } from './check-format';
import { ImageTypeMismatchError, ImageUnreadableError, ImageUnsupportedError } from './errors';
import { extensionOf } from './formats';
import { solid } from './test-images';

const check = (bytes: Uint8Array, file: string) => () => checkFormat(bytes, 'harbour-wall', file);

describe('extensionOf', () => {
  it.each([
    ['assets/harbour.png', '.png'],
    ['assets/Harbour.JPEG', '.jpeg'],
    ['assets/v1.2/harbour', ''],
    ['assets\\harbour.Jpg', '.jpg'],
    ['assets/.hidden', ''],
  ])('%s → %j', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});

describe('checkFormat', () => {
  it('accepts .png, .jpg and .jpeg in any case when the contents agree', async () => {
    const png = await solid(4, 4).png().toBuffer();
    const jpeg = await solid(4, 4).jpeg().toBuffer();
    expect(checkFormat(png, 'p', 'assets/a.PNG')).toBe('png');
    expect(checkFormat(jpeg, 'p', 'assets/a.jpg')).toBe('jpeg');
    expect(checkFormat(jpeg, 'p', 'assets/a.JpEg')).toBe('jpeg');
  });

  it('says what a JPEG named .png really is, and how to fix it', async () => {
    const jpeg = await solid(4, 4).jpeg().toBuffer();
    expect(check(jpeg, 'assets/harbour.png')).toThrow(ImageTypeMismatchError);
    expect(check(jpeg, 'assets/harbour.png')).toThrow(
      'harbour-wall: "assets/harbour.png" is really a JPEG picture, though its name ends in .png; ' +
        'rename it to end in .jpg, or open it in your photo editor and save it again as PNG',
    );
  });

  it('treats a missing or unknown extension as a mismatch with a rename to suggest', async () => {
    const png = await solid(4, 4).png().toBuffer();
    expect(check(png, 'assets/harbour')).toThrow('is really a PNG picture, though its name has no extension; rename it to end in .png');
    expect(check(png, 'assets/harbour.bmp')).toThrow('though its name ends in .bmp; rename it to end in .png');
  });

  it('refuses SVG with the brand-kit message, whatever the file is called', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const file of ['assets/logo.svg', 'assets/logo.png']) {
      expect(check(svg, file)).toThrow(ImageUnsupportedError);
      expect(check(svg, file)).toThrow('is an SVG drawing, which Pressdesk cannot put into documents yet; save it as a PNG picture');
    }
  });

  it('refuses HEIC and AVIF with advice to save as JPEG', async () => {
    const avif = await solid(8, 8).avif().toBuffer();
    expect(check(avif, 'assets/phone.avif')).toThrow('is an AVIF picture, which Pressdesk cannot read; save it as JPEG');
    const heic = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
    expect(check(heic, 'assets/IMG_0042.HEIC')).toThrow('is a HEIC picture, which Pressdesk cannot read; save it as JPEG');
  });

  it('says an empty file is empty, and random bytes are not a picture', () => {
    expect(check(new Uint8Array(), 'assets/harbour.png')).toThrow('harbour-wall: "assets/harbour.png" is empty (0 bytes)');
    const random = Uint8Array.from({ length: 1024 }, (_, index) => (index * 7919 + 13) % 251);
    expect(check(random, 'assets/harbour.png')).toThrow(ImageUnreadableError);
    expect(check(random, 'assets/harbour.png')).toThrow('is not a picture Pressdesk can read');
  });
});
