import { PDFDocument } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_LETTERS } from '../../brands/font-check';
import { subsetFont } from '../../brands/font-fixtures.test-helper';
import { bundledFonts } from './fonts.test-helper';
import { testFont } from './test-font.test-helper';
import { TextEngine } from './text-engine';

/** A brand font for the body role: the engine measures, breaks and draws body text with it, headings without it. */
const engineWith = async (files: { heading?: Uint8Array; body?: Uint8Array }) => TextEngine.create(await PDFDocument.create(), { ...bundledFonts, ...files });

describe('font roles in the text engine', () => {
  const brand = testFont();
  const font = fontkit.create(brand) as unknown as { layout(text: string): { advanceWidth: number }; unitsPerEm: number; ascent: number; descent: number; lineGap: number };

  it('measures and breaks body text with the brand font’s own metrics, and headings with the bundled font', async () => {
    const engine = await engineWith({ body: brand });
    const text = 'Harbour wall works start today';
    const brandWidth = (font.layout(text).advanceWidth / font.unitsPerEm) * 12;
    expect(engine.measure(text, { sizePt: 12 })).toBeCloseTo(brandWidth, 3);
    expect(engine.measure(text, { sizePt: 12, font: 'heading' })).not.toBeCloseTo(brandWidth, 1);
    const [line] = engine.breakLines([{ text }], { sizePt: 12, width: 1000 });
    expect(line!.width).toBeCloseTo(brandWidth, 3);
    expect(line!.pieces.map((piece) => piece.face)).toEqual(['body']);
    // The same words at a width that fits them in the bundled font but not in the (wider) brand font.
    const bundledWidth = engine.measure(text, { sizePt: 12, font: 'heading' });
    expect(engine.breakLines([{ text }], { sizePt: 12, width: bundledWidth + 1 }).length).toBe(2);
    expect(engine.breakLines([{ text }], { sizePt: 12, width: bundledWidth + 1, font: 'heading' }).length).toBe(1);
    expect(engine.metrics(12).lineHeight).toBeCloseTo(((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * 12, 6);
  });

  it('falls back to DejaVu Sans for characters the brand font lacks', async () => {
    const letters = LANGUAGE_LETTERS.map((entry) => entry.letters).join('');
    const engine = await engineWith({ heading: subsetFont(letters) });
    const [line] = engine.breakLines([{ text: 'Ŵyl ΩΔ مرحبا' }], { sizePt: 12, width: 1000, font: 'heading' });
    const faces = line!.pieces.map((piece) => [piece.face, piece.text.trim()]);
    expect(faces[0]).toEqual(['heading', 'Ŵyl']);
    expect(faces.some(([face, text]) => face === 'fallback' && text.includes('ΩΔ'))).toBe(true);
    expect(engine.missingCharacters.size).toBe(0);
  });

  it('draws bold and italic from a one-face brand font as Word does: stroked and slanted, same advances', async () => {
    const engine = await engineWith({ body: brand });
    const regular = engine.breakLines([{ text: 'Bold words' }], { sizePt: 12, width: 1000 })[0]!;
    const bold = engine.breakLines([{ text: 'Bold words', bold: true }], { sizePt: 12, width: 1000 })[0]!;
    const italic = engine.breakLines([{ text: 'Bold words', italic: true }], { sizePt: 12, width: 1000 })[0]!;
    expect(bold.width).toBeCloseTo(regular.width, 6);
    const ops = (line: typeof bold) => engine.drawLine(line, 72, 700, { r: 0, g: 0, b: 0 }).operators.map(String).join('\n');
    expect(ops(bold)).toMatch(/^q\n[\s\S]*\n2 Tr\n[\s\S]*\/PdBody 12 Tf[\s\S]*\nQ$/);
    expect(ops(italic)).toMatch(/^q\n1 0 0\.21\d* 1 -148\.\d+ 0 cm\n[\s\S]*\nQ$/);
    expect(ops(regular)).not.toMatch(/Tr|cm/);
    // The bundled faces have real bold and italic: nothing is made up for them.
    const heading = engine.breakLines([{ text: 'Bold words', bold: true }], { sizePt: 12, width: 1000, font: 'heading' })[0]!;
    expect(ops(heading)).not.toMatch(/Tr|cm/);
  });
});
