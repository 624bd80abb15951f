import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContrast, contrastRatio, formatRatio, isHexColour, relativeLuminance } from './contrast';

describe('contrast', () => {
  it('gives the ratios WCAG tools give for known pairs', () => {
    expect(formatRatio(contrastRatio('#767676', '#ffffff')!)).toBe('4.54:1');
    expect(formatRatio(contrastRatio('#777777', '#ffffff')!)).toBe('4.48:1');
    expect(formatRatio(contrastRatio('#ffffff', '#1d70b8')!)).toBe('5.17:1');
    expect(formatRatio(contrastRatio('#0b0c0c', '#ffffff')!)).toBe('19.59:1');
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#7a1f5c', '#7a1f5c')).toBe(1);
  });

  it('passes at 4.5:1 and above, warns below', () => {
    expect(checkContrast('#767676', '#fff' + 'fff').passes).toBe(true);
    expect(checkContrast('#777777', '#ffffff').passes).toBe(false);
    expect(checkContrast('#ffffff', '#7a1f5c').passes).toBe(true);
  });

  it('never rounds a failing ratio up to the threshold', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(4.496)).toBe('4.49:1');
    expect(formatRatio(4.505)).toBe('4.51:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });

  it('accepts #rrggbb only, in either case and with spaces around', () => {
    expect(isHexColour(' #A1b2C3 ')).toBe(true);
    for (const bad of ['#fff', 'red', '1d70b8', '#1d70b8ff', '#1d70bg', '']) expect(isHexColour(bad)).toBe(false);
    expect(relativeLuminance('blue')).toBeUndefined();
    expect(checkContrast('blue', '#ffffff')).toEqual({ ratio: undefined, passes: false });
  });

  it('is symmetric and between 1 and 21 for any two colours', () => {
    const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(colour, colour, (a, b) => {
        const ratio = contrastRatio(a, b)!;
        expect(ratio).toBe(contrastRatio(b, a));
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21);
      }),
    );
  });
});
