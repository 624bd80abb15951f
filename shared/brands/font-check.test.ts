import { describe, expect, it } from 'vitest';
import { checkFont, LANGUAGE_LETTERS } from './font-check';
import { bundledFont, subsetFont } from './font-fixtures.test-helper';

const ALL = LANGUAGE_LETTERS.map(({ letters }) => letters).join('');

describe('checkFont', () => {
  it('accepts the bundled fonts, naming their family', () => {
    for (const file of ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf', 'LiberationSans-BoldItalic.ttf', 'DejaVuSans.ttf']) {
      expect(checkFont(bundledFont(file)).ok, file).toBe(true);
    }
    expect(checkFont(bundledFont('LiberationSans-Regular.ttf'))).toEqual({ ok: true, family: 'Liberation Sans' });
  });

  it('accepts a subset that has every letter (the fixture itself works)', () => {
    expect(checkFont(subsetFont(ALL)).ok).toBe(true);
  });

  it('refuses a font without ŵ and Ŵ, naming them and the language', () => {
    expect(checkFont(subsetFont(ALL.replace(/[ŵŴ]/g, '')))).toEqual({ ok: false, reason: 'lacks letters needed for Welsh: ŵ Ŵ' });
  });

  it('lists every language that lacks letters', () => {
    const check = checkFont(subsetFont(ALL.replace(/[€àÀ]/g, '')));
    expect(check).toEqual({ ok: false, reason: 'lacks letters needed for English: €; for Welsh: à À; for Scottish Gaelic: à À' });
  });

  it('refuses web fonts, collections, damaged files and what is not a font', () => {
    const tagged = (tag: string): Uint8Array => new Uint8Array([...new TextEncoder().encode(tag), ...new Uint8Array(60)]);
    expect(checkFont(tagged('wOFF'))).toEqual({ ok: false, reason: 'is a web font (WOFF); add the TTF or OTF file of the font instead' });
    expect(checkFont(tagged('wOF2'))).toMatchObject({ ok: false, reason: expect.stringContaining('WOFF2') });
    expect(checkFont(tagged('ttcf'))).toMatchObject({ ok: false, reason: expect.stringContaining('collection') });
    expect(checkFont(new TextEncoder().encode('%PDF-1.7'))).toEqual({ ok: false, reason: 'is not a TrueType or OpenType font (TTF or OTF)' });
    const cut = bundledFont('LiberationSans-Regular.ttf').slice(0, 2000);
    expect(checkFont(cut)).toEqual({ ok: false, reason: 'is damaged: it cannot be read as a font' });
  });

  it('refuses a font whose licence forbids embedding', () => {
    expect(checkFont(subsetFont(ALL, { noEmbedding: true }))).toMatchObject({ ok: false, reason: expect.stringContaining('does not allow it to be embedded') });
  });
});
