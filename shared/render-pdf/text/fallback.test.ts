import { beforeAll, describe, expect, it } from 'vitest';
import { newEngine } from './fonts.test-helper';
import type { TextEngine } from './text-engine';
import type { FaceKey, LaidLine } from './types';

let engine: TextEngine;
beforeAll(async () => {
  ({ engine } = await newEngine());
});

const layOut = (text: string, style: { bold?: boolean; italic?: boolean } = {}): LaidLine[] =>
  engine.breakLines([{ text, ...style }], { sizePt: 12, width: 2000 });
/** The face that drew each piece, with its text. */
const faces = (text: string, style: { bold?: boolean; italic?: boolean } = {}): [FaceKey, string][] =>
  layOut(text, style).flatMap((line) => line.pieces.map((piece): [FaceKey, string] => [piece.face, piece.text]));

describe('font fallback', () => {
  it('draws Welsh, Gaelic and Polish letters with Liberation Sans itself, which has them', () => {
    expect(faces('tŵr, tŷ, Ŵyn, Ŷ')).toEqual([['regular', 'tŵr, tŷ, Ŵyn, Ŷ']]);
    expect(faces('fàilte, cèilidh, òran; ḃean ċeann', { bold: true })).toEqual([['bold', 'fàilte, cèilidh, òran; ḃean ċeann']]);
    expect(faces('Zażółć gęślą jaźń', { italic: true })).toEqual([['italic', 'Zażółć gęślą jaźń']]);
  });

  it('keeps Greek and Cyrillic in Liberation Sans too (it covers both)', () => {
    expect(faces('Καλημέρα κόσμε')).toEqual([['regular', 'Καλημέρα κόσμε']]);
    expect(faces('Добрый день', { bold: true, italic: true })).toEqual([['boldItalic', 'Добрый день']]);
  });

  it('switches to DejaVu Sans for characters Liberation lacks, per character, in the right weight', () => {
    expect(faces('Done ✓ for ₹5')).toEqual([
      ['regular', 'Done '],
      ['fallback', '✓'],
      ['regular', ' for '],
      ['fallback', '₹'],
      ['regular', '5'],
    ]);
    expect(faces('✓', { bold: true })).toEqual([['fallbackBold', '✓']]);
  });

  it('shapes Arabic with DejaVu Sans (joined forms) and sets the words right to left', () => {
    const pieces = faces('مرحبا بكم');
    const arabic = pieces.filter(([face]) => face === 'fallback').map(([, text]) => text);
    // Visual order: the first word is at the right-hand end.
    expect(arabic).toEqual(['بكم', 'مرحبا']);
    // Joined forms: the shaped word uses different glyphs from its letters set alone.
    const [line] = layOut('بكم');
    const joined = line.pieces[0].glyphs.map((glyph) => (glyph as { id: number }).id);
    const isolated = [...'بكم'].map((letter) => (layOut(letter)[0].pieces[0].glyphs[0] as { id: number }).id);
    expect(joined).not.toEqual([...isolated].reverse());
  });

  it('leaves out and lists characters no face has (emoji), without throwing', async () => {
    const { engine: fresh } = await newEngine();
    const lines = fresh.breakLines([{ text: 'Open day 🎉 for families 👨‍👩‍👧 and 🏳️‍🌈 flags ❤️' }], { sizePt: 12, width: 2000 });
    const text = lines.flatMap((line) => line.pieces.map((piece) => piece.text)).join('');
    expect(text).toBe('Open day for families and flags ❤');
    expect([...fresh.missingCharacters]).toEqual(expect.arrayContaining(['🎉', '👨‍👩‍👧', '🏳️‍🌈']));
    expect(fresh.measure('🎉', { sizePt: 12 })).toBe(0);
    expect(() => fresh.drawLine(lines[0], 0, 0, { r: 0, g: 0, b: 0 })).not.toThrow();
  });

  it('drops control and invisible characters rather than drawing boxes', () => {
    expect(faces('a\u0000b\u0007c\u200Bd\uFEFFe\u200Ef')).toEqual([['regular', 'abcdef']]);
    expect(engine.missingCharacters.has('\u0000')).toBe(false);
  });
});
