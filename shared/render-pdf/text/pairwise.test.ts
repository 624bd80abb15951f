import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Face } from './face';
import { parseFont } from './fonts';
import { bundledFonts } from './fonts.test-helper';
import type { FaceKey } from './types';

/**
 * Face shapes plain Latin words from cached letters and kerned pairs instead of calling fontkit per word. That is
 * only right if fontkit would set the whole word the same way: compare them on any word from the alphabet it takes.
 */
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'.,;:!?\'"()[]/&%£$€@#*+-=_’‘“”–—…•',
  ...'àáâäçèéêëìíîïñòóôöùúûüýÿŵŷẁẃẅỳŴŶÀÉÎÖÜßæøåłąęśźżćńőűğşıİ',
  ...'ªº×÷µ°',
];

const word = fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 14 }).map((letters) => letters.join(''));

describe.each<FaceKey>(['regular', 'bold', 'italic', 'boldItalic', 'fallback'])('pairwise shaping in %s', (key) => {
  // A face of its own, so earlier tests' caches do not hide a difference.
  const font = parseFont(bundledFonts[key as Exclude<FaceKey, 'fallbackBold' | 'heading' | 'body'>], key);
  const face = new Face(font);

  it('gives the glyphs and advances fontkit gives for the whole word', () => {
    fc.assert(
      fc.property(word, (text) => {
        const ours = face.shape(text);
        const run = font.layout(text);
        expect(ours.glyphs.map((glyph) => glyph.id)).toEqual(run.glyphs.map((glyph) => glyph.id));
        const theirs = (run.positions ?? []).map((position) => position.xAdvance / font.unitsPerEm);
        expect([...ours.xAdvance].map((advance) => Math.round(advance * 1e9))).toEqual(theirs.map((advance) => Math.round(advance * 1e9)));
      }),
      { numRuns: 400 },
    );
  });

  it('takes plain words itself and leaves the rest to fontkit', () => {
    const pairwise = (text: string): unknown => (face as unknown as { pairwise(text: string): unknown }).pairwise(text);
    expect(pairwise('Council’s £5m AVATAR, tŵr')).not.toBeNull();
    expect(pairwise('Καλημέρα')).toBeNull();
    expect(pairwise('e\u0301')).toBeNull();
  });

  it('kerns what the font kerns', () => {
    expect(face.shape('AV').em).toBeLessThan(face.shape('A').em + face.shape('V').em);
  });
});
