/**
 * A small two-page tagged PDF drawn by hand with pdf-lib and the structure helpers, covering every element
 * the renderer uses, for the tests to read back with poppler and qpdf.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { StructureBuilder, addOutline, setDocumentInfo, type ArtifactKind, type StructElement } from './index';

/** A 4 × 3 px blue PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVR4nGNgiFqAQDg5AN0rC7mGLhy3AAAAAElFTkSuQmCC',
  'base64',
);

export const SAMPLE = {
  title: 'Harbour wall reopens – Porthcawl',
  author: 'Bridgend County Borough Council',
  subject: 'Press release',
  alt: 'Map of the harbour wall, with the reopened path in blue (Llwybr y morglawdd – ŵ)',
  url: 'https://example.gov.uk/harbour-(plan)?q=ŵ',
  linkText: 'Read the full plan',
  date: new Date('2025-03-04T10:20:30Z'),
} as const;

const SIZE = 12;

interface Pen {
  readonly page: PDFPage;
  readonly font: PDFFont;
  readonly builder: StructureBuilder;
}

/** Draws one line of text at (x, y) as content of `element`. */
const say = ({ page, font, builder }: Pen, element: StructElement, text: string, x: number, y: number): void => {
  const { begin, end } = builder.mark(page, element);
  page.pushOperators(...begin);
  page.drawText(text, { x, y, size: SIZE, font });
  page.pushOperators(...end);
};

/** Draws one line of page furniture that readers should skip. */
const furniture = ({ page, font, builder }: Pen, kind: ArtifactKind, text: string, y: number): void => {
  const { begin, end } = builder.artifact(kind);
  page.pushOperators(...begin);
  page.drawText(text, { x: 72, y, size: 9, font });
  page.pushOperators(...end);
};

export async function buildSample(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const image = await pdf.embedPng(PNG);
  const builder = new StructureBuilder(pdf, { lang: 'en-GB', title: SAMPLE.title });
  const { root } = builder;
  const first = pdf.addPage([595, 842]);
  const second = pdf.addPage([595, 842]);
  const one: Pen = { page: first, font, builder };
  const two: Pen = { page: second, font, builder };

  furniture(one, 'Header', 'HEADER Bridgend Council press office', 800);

  const h1 = builder.element('H1', root);
  say(one, h1, 'Harbour wall reopens', 72, 740);

  // A paragraph with a link in the middle: text, Link, text, in reading order.
  const intro = builder.element('P', root);
  say(one, intro, 'The wall reopens on Monday.', 72, 710);
  const linkWidth = font.widthOfTextAtSize(SAMPLE.linkText, SIZE);
  const link = builder.link(first, intro, SAMPLE.url, [[72, 692, 72 + linkWidth, 692 + SIZE]], SAMPLE.linkText);
  say(one, link, SAMPLE.linkText, 72, 694);
  say(one, intro, 'before the opening.', 72 + linkWidth + 4, 694);

  const list = builder.element('L', root);
  for (const [index, text] of ['Footpath open daily', 'Parking on the quay'].entries()) {
    const item = builder.element('LI', list);
    const y = 660 - index * 18;
    say(one, builder.element('Lbl', item), '-', 80, y);
    say(one, builder.element('LBody', item), text, 92, y);
  }

  const quote = builder.element('BlockQuote', root);
  say(one, builder.element('P', quote), '"We are delighted," said the leader.', 90, 600);

  const figure = builder.element('Figure', root, { alt: SAMPLE.alt, bbox: [72, 450, 232, 570] });
  const picture = builder.mark(first, figure);
  first.pushOperators(...picture.begin);
  first.drawImage(image, { x: 72, y: 450, width: 160, height: 120 });
  first.pushOperators(...picture.end);

  // A paragraph that starts at the foot of page 1 and ends at the top of page 2.
  const across = builder.element('P', root);
  say(one, across, 'This paragraph starts on the first page', 72, 100);
  furniture(one, 'Footer', 'FOOTER Page 1 of 2', 40);
  say(two, across, 'and ends on the second.', 72, 760);

  const h2 = builder.element('H2', root);
  say(two, h2, 'Opening times', 72, 720);

  const table = builder.element('Table', root);
  const rows = [
    ['Day', 'Hours'],
    ['Monday', '9am to 5pm'],
  ] as const;
  rows.forEach((cells, row) => {
    const tr = builder.element('TR', table);
    cells.forEach((text, column) => {
      const cell = row === 0 ? builder.element('TH', tr, { scope: 'Column' }) : builder.element('TD', tr);
      say(two, cell, text, 72 + column * 150, 690 - row * 18);
    });
  });

  const rule = builder.artifact('Layout');
  second.pushOperators(...rule.begin);
  second.drawLine({ start: { x: 72, y: 60 }, end: { x: 523, y: 60 }, color: rgb(0, 0, 0) });
  second.pushOperators(...rule.end);
  furniture(two, 'Footer', 'FOOTER Page 2 of 2', 40);

  builder.finish();
  addOutline(pdf, [
    { title: 'Harbour wall reopens', page: first, y: 760, level: 1 },
    { title: 'Opening times', page: second, y: 740, level: 2 },
  ]);
  setDocumentInfo(pdf, { ...SAMPLE, keywords: 'harbour, Porthcawl', lang: 'en-GB' });
  return pdf.save();
}
