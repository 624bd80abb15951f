import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';
import { markdownRuns, parseInline, plainText } from './inline';

describe('parseInline', () => {
  it('reads bold, italic and links', () => {
    expect(parseInline('A **bold** and *italic* [site](https://example.org/a?b=1) end')).toEqual([
      { text: 'A ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'italic', italic: true },
      { text: ' ' },
      { text: 'site', link: 'https://example.org/a?b=1' },
      { text: ' end' },
    ]);
  });

  it('keeps marks inside links', () => {
    expect(parseInline('[**Read** it](mailto:press@example.gov.uk)')).toEqual([
      { text: 'Read', bold: true, link: 'mailto:press@example.gov.uk' },
      { text: ' it', link: 'mailto:press@example.gov.uk' },
    ]);
  });

  it('interprets nothing else: HTML, headings, code and entities stay literal', () => {
    expect(plainText(parseInline('# Not a heading <b>x</b> `code` &amp;'))).toBe('# Not a heading <b>x</b> `code` &amp;');
  });

  it('keeps the words of links a reader cannot follow, without the link (the model reports them)', () => {
    const runs = parseInline('[relative](page.html) and [script](javascript:alert(1)) and [share](file://server/a.pdf)');
    expect(runs).toEqual([{ text: 'relative and script and share' }]);
  });

  it('honours backslash escapes', () => {
    expect(plainText(parseInline('5 \\* 3 = 15'))).toBe('5 * 3 = 15');
  });

  it('keeps Welsh, Gaelic, curly quotes and emoji', () => {
    expect(plainText(parseInline('Tŷ Coch, Pont-y-ŵyn, Fàilte — ‘quoted’ 🎉'))).toBe('Tŷ Coch, Pont-y-ŵyn, Fàilte — ‘quoted’ 🎉');
  });

  it('strips characters Word refuses and folds line breaks', () => {
    expect(plainText(parseInline('Bad\u0001 text\u000b here\nnext\uFFFF'))).toBe('Bad text here next');
  });

  it('never throws and never lets an XML-illegal character through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // eslint-disable-next-line no-control-regex
        expect(plainText(parseInline(text))).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }),
      { numRuns: 500 },
    );
  });

  it('gives text without markup characters the runs markdown-it gives it (the fast path skips the parse)', () => {
    const plain = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '  ', '#', '<', '>', '&', '!', '`', '~', ']', '(', ')', '-', '+', '=', '\n', 'ŵ', '🎉'), fc.string({ unit: 'grapheme' })) });
    fc.assert(
      fc.property(plain, (source) => {
        const text = cleanText(source);
        fc.pre(!/[*_[\\]/.test(text));
        expect(parseInline(source)).toEqual(markdownRuns(text));
      }),
      { numRuns: 2000 },
    );
    expect(parseInline('  spaced   out  ')).toEqual(markdownRuns('  spaced   out  '));
    expect(parseInline('')).toEqual([]);
  });
});
