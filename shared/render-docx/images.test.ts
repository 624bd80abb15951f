import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitImage } from './images';
import { TEXT_WIDTH_PX } from './page';

describe('fitImage', () => {
  it('shows a small picture at 150 dpi, not blown up to the text width', () => {
    expect(fitImage({ widthPx: 300, heightPx: 150 }, { maxWidth: TEXT_WIDTH_PX })).toEqual({ width: 192, height: 96 });
  });

  it('scales a large picture down to the text width, keeping its shape', () => {
    expect(fitImage({ widthPx: 3000, heightPx: 2000 }, { maxWidth: 600 })).toEqual({ width: 600, height: 400 });
  });

  it('fits the tighter of width and height', () => {
    expect(fitImage({ widthPx: 1000, heightPx: 1000 }, { maxWidth: 600, maxHeight: 100 })).toEqual({ width: 100, height: 100 });
  });

  it('never exceeds the box or 150 dpi, never vanishes, and keeps the aspect ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 20, max: 2000 }),
        (widthPx, heightPx, maxWidth) => {
          const { width, height } = fitImage({ widthPx, heightPx }, { maxWidth });
          expect(width).toBeGreaterThanOrEqual(1);
          expect(height).toBeGreaterThanOrEqual(1);
          expect(width).toBeLessThanOrEqual(Math.max(1, maxWidth));
          expect(width).toBeLessThanOrEqual(Math.max(1, Math.round((widthPx * 96) / 150)));
          // Within a pixel of the true shape: rounding (or the 1 px floor) moves each side by at most one pixel.
          expect(Math.abs(height * widthPx - width * heightPx)).toBeLessThanOrEqual(widthPx + heightPx);
        },
      ),
    );
  });
});
