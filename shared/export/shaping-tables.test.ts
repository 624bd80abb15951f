import fontkit, { type Font } from '@cantoo/fontkit';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Face, tableDomain } from '../render-pdf/text/face';
import { bundledFonts } from './bundled-fonts';

/**
 * resources/fonts/shaping.json answers for fontkit on the bundled faces' letters and pairs (scripts/
 * build-shaping-tables.ts writes it). If it were stale or wrong, words would be spaced differently from fontkit's
 * layout, and from Word: so compare a face that has the table with one that asks fontkit, word by word.
 */
const DOMAIN = tableDomain().map((cp) => String.fromCharCode(cp));
const word = fc.array(fc.constantFrom(...DOMAIN), { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));
const fonts = await bundledFonts();

describe.each(['regular', 'bold', 'italic', 'boldItalic'] as const)('the shipped shaping table of the %s face', (key) => {
  it('is there, made from these very font bytes (run scripts/build-shaping-tables.ts after changing a font)', () => {
    expect(fonts.shaping?.[key]).toBeDefined();
  });

  it('shapes every word as fontkit does', () => {
    const withTable = new Face(fontkit.create(fonts[key]) as Font, fonts.shaping?.[key]);
    const live = new Face(fontkit.create(fonts[key]) as Font);
    fc.assert(
      fc.property(word, (text) => {
        const ours = withTable.shape(text);
        const theirs = live.shape(text);
        expect(ours.glyphs.map((glyph) => glyph.id)).toEqual(theirs.glyphs.map((glyph) => glyph.id));
        expect([...ours.xAdvance]).toEqual([...theirs.xAdvance]);
      }),
      { numRuns: 1500 },
    );
    // Kerned pairs are rare among random letters: check them all, and a sample of the pairs the table leaves at 0.
    for (const pair of ['AV', 'To', 'Yo', 'LT', 'P.', 'r,', '“A', 'Wa', 'ŴA']) {
      expect([...withTable.shape(pair).xAdvance], pair).toEqual([...live.shape(pair).xAdvance]);
    }
    for (const pair of Object.keys({ ...fonts.shaping?.[key]?.latin, ...fonts.shaping?.[key]?.common })) {
      expect([...withTable.shape(`a${pair}`).xAdvance], pair).toEqual([...live.shape(`a${pair}`).xAdvance]);
    }
  });

  it('spares fontkit layout (and decoding GSUB and GPOS) for ordinary text', () => {
    const font = fontkit.create(fonts[key]) as Font;
    const layout = vi.spyOn(font, 'layout');
    const face = new Face(font, fonts.shaping?.[key]);
    face.shape('Cllr Siân Ŵyn-Jones said: “We’re delighted – 25% more, £1.5m.”');
    face.shape('AVATAR');
    expect(layout).not.toHaveBeenCalled();
    face.shape('Καλημέρα'); // outside the table: fontkit as before
    expect(layout).toHaveBeenCalled();
  });
});

describe('a font that does not match its table', () => {
  it('gets no table, so it is shaped by fontkit', async () => {
    const { mkdtemp, copyFile, writeFile, readdir } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { BUNDLED_FONTS_DIR } = await import('./bundled-fonts');
    const dir = `${await mkdtemp(join(tmpdir(), 'pressdesk-fonts-'))}/`;
    for (const file of await readdir(BUNDLED_FONTS_DIR)) await copyFile(`${BUNDLED_FONTS_DIR}${file}`, `${dir}${file}`);
    await writeFile(`${dir}LiberationSans-Bold.ttf`, await (await import('node:fs/promises')).readFile(`${BUNDLED_FONTS_DIR}LiberationSans-Italic.ttf`));
    const swapped = await bundledFonts(dir);
    expect(swapped.shaping?.regular).toBeDefined();
    expect(swapped.shaping?.bold).toBeUndefined();
  });
});
