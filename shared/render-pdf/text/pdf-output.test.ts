import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PageSizes } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfToText, qpdfCheck } from '../../testing/readers';
import { newEngine } from './fonts.test-helper';
import type { TextSpan } from './types';

/** The engine's output read back by poppler and qpdf: the words a person would copy out, in order, and sound fonts. */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-pdf-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PARAGRAPHS: readonly (readonly TextSpan[])[] = [
  [{ text: 'Cyngor Sir Ynys Môn: bydd y tŵr newydd ger y tŷ ar agor i’r cyhoedd, meddai Siân Ŵyn.' }],
  [
    { text: 'Comhairle nan Eilean Siar ', bold: true },
    { text: 'welcomes visitors: fàilte, cèilidh, òran. ' },
    { text: 'Zażółć gęślą jaźń.', italic: true },
  ],
  [{ text: 'Ελληνικά: Καλημέρα κόσμε. Русский: Добрый день, мир. ' }, { text: 'Done ✓', bold: true, italic: true }],
  [
    { text: 'AVATAR Towns office\u00A0hours, see ' },
    { text: 'https://www.example-council.gov.uk/consultations/leisure-centre-2027/have-your-say', link: 'https://www.example-council.gov.uk/consultations/leisure-centre-2027/have-your-say' },
    { text: ' today 🎉.' },
  ],
];

describe('drawn lines in a real PDF', () => {
  it('extract as the exact words in order, with every font embedded as a subset, and pass qpdf --check', async () => {
    const { pdf, engine } = await newEngine();
    const page = pdf.addPage(PageSizes.A4);
    const size = 12;
    const { lineHeight } = engine.metrics(size);
    let y = 780;
    const links: { url: string; x1: number; x2: number }[] = [];
    for (const spans of PARAGRAPHS) {
      for (const line of engine.breakLines(spans, { sizePt: size, width: 16 * (72 / 2.54) })) {
        const drawn = engine.drawLine(line, 72, y, { r: 0.1, g: 0.1, b: 0.1 });
        page.pushOperators(...drawn.operators);
        links.push(...drawn.links);
        y -= lineHeight * 1.15;
      }
      y -= 8;
    }
    engine.addFontsTo(page);
    await engine.embedFonts();
    const path = join(dir, 'text.pdf');
    await writeFile(path, await pdf.save());

    const extracted = await pdfToText(path);
    const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
    const source = PARAGRAPHS.map((spans) => spans.map((span) => span.text).join('').replace('🎉', ''));
    // Every word of the paragraphs without a URL comes out exactly, in order.
    expect(wordsOf(extracted).slice(0, wordsOf(source.slice(0, 3).join(' ')).length)).toEqual(wordsOf(source.slice(0, 3).join(' ')));
    // The no-break space in "office hours" reads as an ordinary space.
    expect(extracted).toContain('office hours,');
    // And all of it, the URL broken across two lines, character for character.
    expect(extracted.replace(/\s+/g, '')).toBe(source.join('').replace(/\s+/g, ''));

    const fonts = await pdfFonts(path);
    expect(fonts.map((font) => font.name)).toEqual(
      expect.arrayContaining(['PDXREG+LiberationSans', 'PDXBLD+LiberationSans-Bold', 'PDXITA+LiberationSans-Italic', 'PDXFBB+DejaVuSans-Bold']),
    );
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });

    await qpdfCheck(path);
    expect(engine.missingCharacters).toEqual(new Set(['🎉']));
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const link of links) expect(link.x2).toBeGreaterThan(link.x1);
  });

  it('extracts Arabic as Arabic letters', async () => {
    const { pdf, engine } = await newEngine();
    const page = pdf.addPage(PageSizes.A4);
    for (const line of engine.breakLines([{ text: 'مرحبا بكم في المجلس' }], { sizePt: 12, width: 400 })) {
      page.pushOperators(...engine.drawLine(line, 72, 700, { r: 0, g: 0, b: 0 }).operators);
    }
    engine.addFontsTo(page);
    await engine.embedFonts();
    const path = join(dir, 'arabic.pdf');
    await writeFile(path, await pdf.save());
    const text = (await pdfToText(path)).replace(/[\u200e\u200f\u202a-\u202e\s]/g, '');
    // pdftotext puts RTL text back in reading order; joined forms map back to their letters through ToUnicode.
    expect(text).toBe('مرحبابكمفيالمجلس');
    await qpdfCheck(path);
  });

  it('embeds only the faces its lines draw with', async () => {
    const { pdf, engine } = await newEngine();
    const page = pdf.addPage(PageSizes.A4);
    let y = 780;
    for (const spans of [[{ text: 'Plain English, ' }, { text: 'bold', bold: true }], [{ text: 'and a Welsh ŵ (Liberation has it)' }]]) {
      for (const line of engine.breakLines(spans, { sizePt: 12, width: 400 })) page.pushOperators(...engine.drawLine(line, 72, (y -= 16), { r: 0, g: 0, b: 0 }).operators);
    }
    engine.addFontsTo(page);
    await engine.embedFonts();
    const path = join(dir, 'two-faces.pdf');
    await writeFile(path, await pdf.save());
    expect((await pdfFonts(path)).map((font) => font.name).sort()).toEqual(['PDXBLD+LiberationSans-Bold', 'PDXREG+LiberationSans']);
    await qpdfCheck(path);
  });
});
