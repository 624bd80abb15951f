import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTree } from '../doc-tree';
import { docxPartDigests, readDocx, type DocxParagraph, type DocxReading, type DocxStyle } from '../testing/readers';
import { SAMPLE, sampleDocTree } from '../testing/sample-doc-tree';
import { DocxRenderError, renderDocx } from '.';

/** Everything here is read back with python-docx (shared/testing/read_docx.py), not from our own structures. */

const NOW = new Date('2023-05-23T09:30:00Z');
let dir: string;
let tree: DocTree;
let docx: DocxReading;

const writeDocx = async (name: string, doc: DocTree): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, await renderDocx(doc, { now: NOW }));
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-render-docx-'));
  tree = await sampleDocTree();
  docx = await readDocx(await writeDocx('sample.docx', tree));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const paragraph = (text: string): DocxParagraph => {
  const found = docx.paragraphs.find((candidate) => candidate.text === text);
  if (found === undefined) throw new Error(`no paragraph "${text}" in ${JSON.stringify(docx.paragraphs.map((p) => p.text))}`);
  return found;
};
const style = (name: string): DocxStyle => {
  const found = docx.styles.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no style "${name}"`);
  return found;
};

describe('renderDocx: the body, as Word sees it', () => {
  it('gives every paragraph its Word style, in the order of the tree', () => {
    expect(docx.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ['Release Label', SAMPLE.label],
      ['Release Meta', SAMPLE.meta],
      ['Embargo', SAMPLE.embargo],
      ['Heading 1', SAMPLE.headline],
      ['Subtitle', SAMPLE.standfirst],
      ['Normal', `${SAMPLE.intro} See ${SAMPLE.linkText}, or call us.`],
      ['Heading 2', SAMPLE.subheading],
      ...SAMPLE.bullets.map((item) => ['List Bullet', item]),
      ...SAMPLE.firstNumbered.map((item) => ['List Number', item]),
      ['Normal', 'Between the lists.'],
      ...SAMPLE.secondNumbered.map((item) => ['List Number', item]),
      ['Attribution', SAMPLE.attribution],
      ...SAMPLE.quote.map((line) => ['Quote', line]),
      ['Normal', ''], // the picture
      ['Caption', SAMPLE.caption],
      ['Credit', SAMPLE.credit],
      ['Normal', ''], // the decorative rule
      ['Ends', SAMPLE.ends],
      ['Contact', SAMPLE.contact],
    ]);
  });

  it('makes headings real headings: outline levels 0 and 1 in the styles, kept with the next paragraph', () => {
    expect(paragraph(SAMPLE.headline).outlineLevel).toBe(0);
    expect(paragraph(SAMPLE.subheading).outlineLevel).toBe(1);
    expect(docx.paragraphs.filter((p) => p.outlineLevel !== null).map((p) => p.text)).toEqual([SAMPLE.headline, SAMPLE.subheading]);
    for (const name of ['Heading 1', 'Heading 2']) {
      expect(style(name)).toMatchObject({ id: name.replace(' ', ''), keepNext: true, bold: true, colour: '003366' });
    }
    expect(style('Heading 1').outlineLevel).toBe(0);
    expect(style('Heading 2').outlineLevel).toBe(1);
    expect(style('Heading 1').sizePt).toBeGreaterThan(style('Heading 2').sizePt ?? 0);
    expect(style('Heading 2').sizePt).toBeGreaterThan(12);
  });

  it('numbers lists for real, each numbered list starting again at 1', () => {
    const bullets = SAMPLE.bullets.map((item) => paragraph(item).numbering);
    const first = SAMPLE.firstNumbered.map((item) => paragraph(item).numbering);
    const second = SAMPLE.secondNumbered.map((item) => paragraph(item).numbering);
    for (const numbering of bullets) expect(numbering).toMatchObject({ format: 'bullet', level: 0 });
    for (const numbering of [...first, ...second]) expect(numbering).toMatchObject({ format: 'decimal', level: 0, start: 1 });
    // One w:num per list: items of a list share it, and no two lists do.
    expect(new Set(first.map((n) => n?.numId)).size).toBe(1);
    expect(new Set(second.map((n) => n?.numId)).size).toBe(1);
    expect(first[0]?.numId).not.toBe(second[0]?.numId);
    expect(bullets[0]?.numId).not.toBe(first[0]?.numId);
    expect(style('List Bullet').id).toBe('ListBullet');
    expect(style('List Number').id).toBe('ListNumber');
  });

  it('sets a quote as a bold attribution kept with its Quote paragraphs, readable and marked by a border', () => {
    const at = paragraph(SAMPLE.attribution).index;
    expect(docx.paragraphs.slice(at, at + 3).map((p) => p.style)).toEqual(['Attribution', 'Quote', 'Quote']);
    expect(paragraph(SAMPLE.attribution).keepNext).toBe(true);
    expect(style('Attribution').bold).toBe(true);
    expect(style('Quote')).toMatchObject({ id: 'Quote', italic: null, leftBorder: true, colour: '1A1A1A' });
  });

  it('keeps the bold of ENDS in its style, and the bold of a run on the run', () => {
    expect(style('Ends').bold).toBe(true);
    expect(paragraph(SAMPLE.ends).runs.every((run) => run.bold !== false)).toBe(true);
    const intro = paragraph(`${SAMPLE.intro} See ${SAMPLE.linkText}, or call us.`);
    expect(intro.runs.find((run) => run.text === 'call us')?.bold).toBe(true);
    expect(intro.runs.filter((run) => run.text !== 'call us').every((run) => run.bold === null)).toBe(true);
  });

  it('writes the picture with its alt text and title, fitted to the text width, kept with its caption and credit', () => {
    const [picture, rule] = docx.images;
    expect(docx.images).toHaveLength(2);
    expect(picture).toMatchObject({ description: SAMPLE.imageAlt, title: SAMPLE.imageAlt, decorative: false });
    // 800 px at 150 dpi is 13.5 cm, inside the 16 cm measure; 2:1 kept.
    expect(picture?.widthCm).toBeCloseTo((800 / 150) * 2.54, 1);
    expect((picture?.widthCm ?? 0) / (picture?.heightCm ?? 1)).toBeCloseTo(2, 2);
    const at = picture?.paragraph ?? -1;
    expect(docx.paragraphs[at]?.keepNext).toBe(true);
    expect(docx.paragraphs[at + 1]).toMatchObject({ style: 'Caption', text: SAMPLE.caption, keepNext: true });
    expect(docx.paragraphs[at + 2]).toMatchObject({ style: 'Credit', text: SAMPLE.credit });
    expect(rule).toMatchObject({ decorative: true, description: null, title: null });
  });

  it('scales a picture wider than the page down to the text width', async () => {
    const wide = await sampleDocTree({ draft: false, logo: false });
    const image = tree.blocks.find((block) => block.kind === 'image');
    if (image?.kind !== 'image') throw new Error('sample has no picture');
    const big = { ...image, image: { ...image.image, widthPx: 4000, heightPx: 1000 } };
    const reading = await readDocx(await writeDocx('wide.docx', { ...wide, blocks: [big] }));
    expect(reading.images[0]?.widthCm).toBeCloseTo(16, 0);
    expect(reading.images[0]?.widthCm).toBeLessThanOrEqual(16);
    expect((reading.images[0]?.widthCm ?? 0) / (reading.images[0]?.heightCm ?? 1)).toBeCloseTo(4, 1);
  });

  it('makes links real hyperlinks to their URL, in the Hyperlink character style', () => {
    expect(docx.hyperlinks).toEqual([
      expect.objectContaining({ text: SAMPLE.linkText, url: SAMPLE.linkUrl, paragraph: paragraph(`${SAMPLE.intro} See ${SAMPLE.linkText}, or call us.`).index }),
    ]);
    const link = docx.paragraphs.flatMap((p) => p.runs).find((run) => run.link !== null);
    expect(link).toMatchObject({ text: SAMPLE.linkText, characterStyle: 'Hyperlink' });
    expect(docx.styles.find((s) => s.id === 'Hyperlink')).toMatchObject({ type: 'character', colour: '0B6E4F' });
  });

  it('writes a table across the text width with borders and a header row that repeats on each page', () => {
    expect(docx.tables).toHaveLength(1);
    const [table] = docx.tables;
    expect(table?.rows).toEqual([[...SAMPLE.tableHeader], ...SAMPLE.tableRows.map((row) => [...row])]);
    expect(table?.firstRowRepeats).toBe(true);
    expect(table?.headerRows).toBe(1);
    expect(table?.borders).toEqual(expect.arrayContaining(['top', 'bottom', 'left', 'right', 'insideH', 'insideV']));
    expect(table?.width).toEqual({ value: 9072, type: 'dxa' });
    // In the tree's order: after the pictures, before ENDS.
    expect(docx.paragraphs[table?.position ?? -1]?.text).toBe(SAMPLE.ends);
  });

  it('keeps two tables in a row apart, ends the body with a paragraph, and leaves out a table with no rows', async () => {
    const cells = (...texts: string[]) => texts.map((text) => [{ text }]);
    const reading = await readDocx(
      await writeDocx('tables.docx', {
        ...tree,
        blocks: [
          { kind: 'table', header: null, rows: [cells('A1', 'A2')] },
          { kind: 'table', header: cells('B'), rows: [] },
          { kind: 'table', header: null, rows: [] },
        ],
      }),
    );
    expect(reading.tables.map((t) => [t.position, t.rows, t.firstRowRepeats])).toEqual([
      [0, [['A1', 'A2']], false],
      [1, [['B']], true],
    ]);
    expect(reading.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ['Normal', ''],
      ['Normal', ''],
    ]);
  });
});

describe('renderDocx: page, type and furniture', () => {
  it('is A4 with 2.5 cm margins', () => {
    expect(docx.sections).toHaveLength(1);
    expect(docx.sections[0]).toMatchObject({ pageWidthCm: 21, pageHeightCm: 29.7, margins: { top: 2.5, bottom: 2.5, left: 2.5, right: 2.5 } });
  });

  it('sets Arial 12 pt in the text colour by default, left-aligned, and nothing smaller than 12 pt', () => {
    expect(docx.defaults).toEqual({ language: 'en-GB', font: 'Arial', sizePt: 12 });
    expect(style('Normal')).toMatchObject({ font: 'Arial', sizePt: 12, colour: '1A1A1A', alignment: 'left' });
    const ours = ['Heading 1', 'Heading 2', 'List Bullet', 'List Number', 'Quote', 'Caption', 'Release Label', 'Release Meta', 'Embargo', 'Subtitle', 'Attribution', 'Ends', 'Credit', 'Contact', 'Draft Mark'];
    for (const name of ours) {
      expect(style(name).sizePt, name).toBeGreaterThanOrEqual(12);
      expect(style(name).font, name).toBe('Arial');
    }
  });

  it('puts the logo, with its alt text, in the first page header, and the DRAFT banner on every page', () => {
    const section = docx.sections[0];
    expect(section?.differentFirstPage).toBe(true);
    const first = section?.headers.first?.paragraphs ?? [];
    const logo = first.flatMap((p) => p.images);
    expect(logo).toEqual([expect.objectContaining({ description: SAMPLE.logoAlt, title: SAMPLE.logoAlt, decorative: false })]);
    expect(logo[0]?.heightCm).toBeLessThanOrEqual(2.5);
    for (const header of [section?.headers.first, section?.headers.default]) {
      expect(header?.paragraphs.filter((p) => p.style === 'Draft Mark').map((p) => p.text)).toEqual([SAMPLE.draftMark]);
    }
    expect(style('Draft Mark')).toMatchObject({ bold: true, colour: 'C00000' });
    expect(docx.headers.map((texts) => texts.join(' '))).toEqual([expect.stringContaining('DRAFT'), expect.stringContaining('DRAFT')]);
  });

  it('puts the footer line and "Page X of Y" (PAGE and NUMPAGES fields) in the footer of every page', () => {
    const section = docx.sections[0];
    for (const footer of [section?.footers.first, section?.footers.default]) {
      const paragraphs = footer?.paragraphs ?? [];
      expect(paragraphs.map((p) => p.text)).toEqual([SAMPLE.footerLine, 'Page  of ']);
      expect(paragraphs[1]?.fields).toEqual(['PAGE', 'NUMPAGES']);
    }
  });

  it('without a logo or DRAFT mark, has no header and no DRAFT anywhere', async () => {
    const issued = await readDocx(await writeDocx('issued.docx', await sampleDocTree({ draft: false, logo: false })));
    expect(issued.sections[0]?.differentFirstPage).toBe(false);
    expect(issued.headers).toEqual([]);
    expect(JSON.stringify([issued.headers, issued.footers, issued.paragraphs.map((p) => p.text)])).not.toContain('DRAFT');
    expect(issued.footers).toEqual([[SAMPLE.footerLine, 'Page  of ']]);
  });

  it('with a logo but no DRAFT mark, has the logo on the first page only', async () => {
    const issued = await readDocx(await writeDocx('logo-only.docx', await sampleDocTree({ draft: false, logo: true })));
    expect(issued.sections[0]?.headers.default).toBeNull();
    expect(issued.sections[0]?.headers.first?.paragraphs.flatMap((p) => p.images).map((i) => i.description)).toEqual([SAMPLE.logoAlt]);
  });
});

describe('renderDocx: properties', () => {
  it('sets title, subject, author, keywords and language (dc:language and the default w:lang)', () => {
    expect(docx.core).toMatchObject({
      title: SAMPLE.title,
      subject: SAMPLE.subject,
      author: SAMPLE.author,
      keywords: SAMPLE.keywords,
      language: 'en-GB',
      created: '2023-05-23T09:30:00',
      modified: '2023-05-23T09:30:00',
    });
    expect(docx.defaultLanguage).toBe('en-GB');
    expect(style('Normal').language).toBe('en-GB');
    expect(docx.app.application).toBe('Pressdesk');
  });

  it('writes the language the tree gives, e.g. Welsh', async () => {
    const welsh = await readDocx(await writeDocx('cy.docx', { ...tree, meta: { ...tree.meta, language: 'cy-GB' } }));
    expect(welsh.core.language).toBe('cy-GB');
    expect(welsh.defaultLanguage).toBe('cy-GB');
  });

  it('is the same document each time for the same tree (apart from zip dates)', async () => {
    const again = await Promise.all([writeDocx('again-1.docx', tree), writeDocx('again-2.docx', tree)]);
    const [one, two] = await Promise.all(again.map(docxPartDigests));
    expect(Object.keys(one ?? {})).toContain('word/document.xml');
    expect(one).toEqual(two);
  });

  it('refuses a theme colour that is not #rrggbb, naming it', async () => {
    const bad = { ...tree, theme: { ...tree.theme, colours: { ...tree.theme.colours, accent: 'teal' } } };
    await expect(renderDocx(bad)).rejects.toThrow(DocxRenderError);
    await expect(renderDocx(bad)).rejects.toThrow(/accent.*"teal"/);
  });
});
