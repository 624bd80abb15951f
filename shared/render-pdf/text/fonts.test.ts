import fontkit, { type Font } from '@cantoo/fontkit';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from './fonts.test-helper';
import { parseFont } from './fonts';
import type { FaceKey } from './types';

describe('parseFont', () => {
  it('gives each bundled face the italic angle fontkit decodes from its post table, without decoding it', () => {
    const angles: Record<string, number> = {};
    for (const [face, bytes] of Object.entries(bundledFonts) as [FaceKey, Uint8Array][]) {
      const ours = parseFont(bytes, face);
      const theirs = fontkit.create(new Uint8Array(bytes)) as Font;
      expect(Object.getOwnPropertyDescriptor(ours, 'italicAngle')?.value, face).toBe(theirs.italicAngle);
      angles[face] = ours.italicAngle;
    }
    // The italic faces lean (Liberation Sans Italic: -12°), the upright ones do not: the test would see a misread.
    expect(angles.italic).toBeLessThan(-5);
    expect(angles.boldItalic).toBeLessThan(-5);
    expect(angles.regular).toBe(0);
  });
});
