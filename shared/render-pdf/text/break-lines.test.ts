import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEngine } from './fonts.test-helper';
import type { TextEngine } from './text-engine';
import type { LaidLine, TextSpan } from './types';

let engine: TextEngine;
beforeAll(async () => {
  ({ engine } = await newEngine());
});

const lineText = (line: LaidLine): string => line.pieces.map((piece) => piece.text).join('');
const allText = (lines: readonly LaidLine[]): string => lines.map(lineText).join('');
const squash = (text: string): string => text.replace(/\s+/g, '');
const CM = 72 / 2.54;

describe('breakLines', () => {
  it('fills lines greedily without exceeding the width, dropping spaces at line ends', () => {
    const text = 'The council will consult residents on plans for a new leisure centre in Aberystwyth, which could open in spring 2027.';
    const lines = engine.breakLines([{ text }], { sizePt: 12, width: 5 * CM });
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(5 * CM + 1e-6);
      expect(lineText(line)).not.toMatch(/\s$/);
      expect(lineText(line)).not.toMatch(/^\s/);
    }
    expect(lines.map(lineText).join(' ')).toBe(text);
    // Greedy: the next line's first word would not have fitted.
    for (let i = 0; i + 1 < lines.length; i++) {
      const next = lineText(lines[i + 1]).split(' ')[0];
      expect(lines[i].width + engine.measure(` ${next}`, { sizePt: 12 })).toBeGreaterThan(5 * CM);
    }
  });

  it('gives the first line its own width (a hanging indent or a list label)', () => {
    const text = 'word '.repeat(40).trim();
    const lines = engine.breakLines([{ text }], { sizePt: 12, width: 300, firstWidth: 100 });
    expect(lines[0].width).toBeLessThanOrEqual(100);
    expect(lines[1].width).toBeGreaterThan(200);
    for (const line of lines.slice(1)) expect(line.width).toBeLessThanOrEqual(300);
  });

  it('breaks a word or URL longer than the line between characters, never overflowing, keeping every character', () => {
    const url = `https://www.example-council.gov.uk/${'consultations-and-engagement/'.repeat(6)}leisure?ref=${'x'.repeat(200)}`;
    const word = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(3);
    for (const text of [url, word, `See ${url} now`]) {
      const lines = engine.breakLines([{ text, link: 'https://example.org/' }], { sizePt: 12, width: 4 * CM });
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) expect(line.width).toBeLessThanOrEqual(4 * CM + 1e-6);
      expect(squash(allText(lines))).toBe(squash(text));
    }
  });

  it('honours mandatory breaks and keeps blank lines between them', () => {
    const lines = engine.breakLines([{ text: 'First line\nSecond\n\nFourth\r\nFifth\u2028Sixth' }], { sizePt: 12, width: 400 });
    expect(lines.map(lineText)).toEqual(['First line', 'Second', '', 'Fourth', 'Fifth', 'Sixth']);
    expect(lines[2].pieces).toHaveLength(0);
  });

  it('draws a soft hyphen only where the line breaks at it', () => {
    const text = 'extra\u00ADordinary';
    const wide = engine.breakLines([{ text }], { sizePt: 12, width: 400 });
    expect(wide.map(lineText)).toEqual(['extraordinary']);
    const narrow = engine.breakLines([{ text }], { sizePt: 12, width: engine.measure('extraordin', { sizePt: 12 }) });
    expect(narrow.map(lineText)).toEqual(['extra-', 'ordinary']);
  });

  it('returns no lines for empty text and treats tabs as spaces', () => {
    expect(engine.breakLines([], { sizePt: 12, width: 100 })).toEqual([]);
    expect(engine.breakLines([{ text: '' }], { sizePt: 12, width: 100 })).toEqual([]);
    expect(engine.breakLines([{ text: 'a\tb' }], { sizePt: 12, width: 100 }).map(lineText)).toEqual(['a b']);
  });

  it('keeps span styles and links on the pieces, breaking across span boundaries only where UAX #14 allows', () => {
    const spans: TextSpan[] = [
      { text: 'Read the ' },
      { text: 'full', bold: true },
      { text: 'report', italic: true },
      { text: ' online', link: 'https://example.org/report' },
    ];
    const lines = engine.breakLines(spans, { sizePt: 12, width: 400 });
    expect(lines).toHaveLength(1);
    expect(lines[0].pieces.map((piece) => [piece.face, piece.text, piece.link ?? null])).toEqual([
      ['regular', 'Read the ', null],
      ['bold', 'full', null],
      ['italic', 'report', null],
      ['regular', ' online', 'https://example.org/report'],
    ]);
    // "fullreport" is one word: narrow lines never split it at the span boundary.
    const narrow = engine.breakLines(spans, { sizePt: 12, width: engine.measure('fullreport', { sizePt: 12, bold: true }) + 2 });
    expect(narrow.map(lineText)).toContain('fullreport');
  });

  it('sizes scale the layout linearly', () => {
    const text = 'Council tax bills will rise by 4.99 per cent from April.';
    const at12 = engine.breakLines([{ text }], { sizePt: 12, width: 1000 })[0].width;
    const at24 = engine.breakLines([{ text }], { sizePt: 24, width: 1000 })[0].width;
    expect(at24).toBeCloseTo(2 * at12, 6);
    expect(at12).toBeCloseTo(engine.measure(text, { sizePt: 12 }), 6);
  });

  it('never exceeds the width and keeps every visible character in order, for any words and width', () => {
    const word = fc.stringMatching(/^[A-Za-zŵŷÀ-ÿ0-9.,;:'’“”()/-]{1,30}$/);
    const paragraph = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '  ', '\n')), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 30, max: 500 }), fc.boolean(), (parts, width, bold) => {
        const text = parts.map(([w, gap]) => w + gap).join('');
        const lines = engine.breakLines([{ text, bold }], { sizePt: 12, width });
        for (const line of lines) {
          const oneCharacter = [...lineText(line)].length <= 1;
          if (!oneCharacter) expect(line.width).toBeLessThanOrEqual(width + 1e-6);
          expect(line.width).toBeCloseTo(line.pieces.reduce((sum, piece) => sum + piece.width, 0), 6);
        }
        expect(squash(allText(lines))).toBe(squash(text));
      }),
      { numRuns: 300 },
    );
  });
});
