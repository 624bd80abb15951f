import { PDFOperatorNames } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { newEngine } from './fonts.test-helper';
import type { TextEngine } from './text-engine';

let engine: TextEngine;
beforeAll(async () => {
  ({ engine } = await newEngine());
});

const style = { sizePt: 12 };

describe('kerning', () => {
  it.each(['AV', 'To', 'Wa', 'Yo', 'LT'])('sets %s tighter than the sum of its letters', (pair) => {
    const apart = engine.measure(pair[0], style) + engine.measure(pair[1], style);
    // Liberation Sans kerns these pairs by 55 to 227 units of 2048: 0.3 to 1.3 pt at 12 pt.
    expect(apart - engine.measure(pair, style)).toBeGreaterThan(0.3);
  });

  it('puts the kerned advance on the glyph and a TJ displacement in the drawing', () => {
    const [line] = engine.breakLines([{ text: 'AVATAR' }], { sizePt: 12, width: 500 });
    const [piece] = line.pieces;
    const glyphA = piece.glyphs[0] as { advanceWidth: number };
    expect(piece.positions[0].xAdvance).toBeLessThan((glyphA.advanceWidth / 2048) * 12 - 0.5);
    expect(line.width).toBeCloseTo(piece.positions.reduce((sum, position) => sum + position.xAdvance, 0), 9);

    const { operators } = engine.drawLine(line, 72, 700, { r: 0, g: 0, b: 0 });
    const shows = operators.filter((operator) => operator.toString().endsWith(PDFOperatorNames.ShowTextAdjusted));
    expect(shows).toHaveLength(1);
    // [(\0$) 110 (\09...)] TJ: numbers between the glyph codes (literal strings) are the kerning.
    const kerns = [...shows[0].toString().matchAll(/\) (-?\d+) \(/g)].map((match) => Number(match[1]));
    expect(kerns.length).toBeGreaterThanOrEqual(3);
    expect(kerns.every((kern) => kern > 0)).toBe(true);
  });

  it('draws a piece built by hand (plain glyphs and positions) the same way', () => {
    const [line] = engine.breakLines([{ text: 'AVATAR To Wa' }], { sizePt: 12, width: 500 });
    const plain = line.pieces.map((piece) => ({ ...piece, glyphs: [...piece.glyphs], positions: [...piece.positions], text: piece.text }));
    const drawn = (pieces: typeof line.pieces): string =>
      engine
        .drawLine({ pieces, width: line.width }, 72, 700, { r: 0, g: 0, b: 0 })
        .operators.map(String)
        .join('\n');
    expect(drawn(plain)).toBe(drawn(line.pieces));
  });

  it('gives the bold face its own metrics', () => {
    expect(engine.measure('Council', { sizePt: 12, bold: true })).toBeGreaterThan(engine.measure('Council', style));
  });
});

describe('metrics', () => {
  it('match Arial’s single line spacing (1.15 × size) and ascent/descent', () => {
    const { ascent, descent, lineHeight } = engine.metrics(12);
    expect(lineHeight).toBeCloseTo(13.8, 1);
    expect(ascent).toBeCloseTo((1854 / 2048) * 12, 6);
    expect(descent).toBeCloseTo((-434 / 2048) * 12, 6);
  });
});
