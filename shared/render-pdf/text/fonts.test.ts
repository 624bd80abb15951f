import fontkit, { type Font } from '@cantoo/fontkit';
import { describe, expect, it, vi } from 'vitest';
import { bundledFonts } from './fonts.test-helper';
import { parseFont } from './fonts';
import type { FaceKey } from './types';

type Post = { italicAngle: number; isFixedPitch: number; underlinePosition: number; underlineThickness: number; numberOfGlyphs?: number };

describe('parseFont', () => {
  it("answers the post header fields pdf-lib asks for as fontkit does, without decoding the table's glyph names", () => {
    const prototype = Object.getPrototypeOf(fontkit.create(new Uint8Array(bundledFonts.regular))) as { _decodeTable(entry: { tag: string }): unknown };
    const decode = vi.spyOn(prototype, '_decodeTable');
    const angles: Record<string, number> = {};
    for (const [face, original] of Object.entries(bundledFonts) as [FaceKey, Uint8Array][]) {
      const bytes = new Uint8Array(original); // a fresh copy: parseFont keeps parsed fonts by their bytes
      const ours = parseFont(bytes, face) as Font & { post: Post };
      const theirs = fontkit.create(new Uint8Array(bytes)) as Font & { post: Post };
      const expected = { ...theirs.post, italicAngle: theirs.italicAngle };
      decode.mockClear();
      for (const key of ['italicAngle', 'isFixedPitch', 'underlinePosition', 'underlineThickness'] as const) expect(ours.post[key], `${face} ${key}`).toBe(expected[key]);
      expect(ours.italicAngle, face).toBe(expected.italicAngle);
      expect(decode.mock.calls.filter(([entry]) => entry.tag === 'post'), face).toEqual([]);
      angles[face] = ours.italicAngle;
      // Anything else in the table is still there: fontkit decodes it on first use.
      expect(ours.post.numberOfGlyphs, face).toBe(theirs.post.numberOfGlyphs);
    }
    decode.mockRestore();
    // The italic faces lean (Liberation Sans Italic: -12°), the upright ones do not: the test would see a misread.
    expect(angles.italic).toBeLessThan(-5);
    expect(angles.boldItalic).toBeLessThan(-5);
    expect(angles.regular).toBe(0);
  });
});
