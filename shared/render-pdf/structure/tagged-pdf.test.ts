import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfOutline, pdfToText } from '../../testing/readers';
import { run } from '../../testing/run-reader';
import { readObjects, structureProblems, type PdfObjects } from './qpdf-reading.test-helper';
import { SAMPLE, buildSample } from './sample.test-helper';

let folder: string;
let path: string;
let objects: PdfObjects;

/** What `pdfinfo -struct-text` prints, with the annotation's object number left out. */
const structText = async (file: string): Promise<string> =>
  (await run('pdfinfo', ['-enc', 'UTF-8', '-struct-text', file], { reader: 'pdfinfo (poppler-utils)' })).stdout.replace(/Object \d+ \d+/g, 'Object');

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressdesk-structure-'));
  path = join(folder, 'sample.pdf');
  await writeFile(path, await buildSample());
  objects = await readObjects(path);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a tagged PDF read back by poppler and qpdf', () => {
  it('is tagged, and shows its title and properties', async () => {
    const info = await pdfInfo(path);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe(SAMPLE.title);
    expect(info.author).toBe(SAMPLE.author);
    expect(info.creator).toBe('Pressdesk');
    expect(info.producer).toBe('Pressdesk');
    expect(info.pages).toBe(2);
    expect(info.fields['Metadata Stream']).toBe('yes');
    expect(objects.dict(objects.catalog()['/ViewerPreferences'])['/DisplayDocTitle']).toBe(true);
    expect(objects.catalog()['/Lang']).toBe('u:en-GB');
  });

  it('has a structure tree in reading order, with page furniture left out', async () => {
    expect(await structText(path)).toBe(
      [
        'Document',
        '  H1 (block)',
        '    "Harbour wall reopens"',
        '  P (block)',
        '    "The wall reopens on Monday."',
        '    Link (inline)',
        '      Object',
        '      "Read the full plan"',
        '    "before the opening."',
        '  L (block)',
        '    LI (block)',
        '      Lbl (block)',
        '        "-"',
        '      LBody (block)',
        '        "Footpath open daily"',
        '    LI (block)',
        '      Lbl (block)',
        '        "-"',
        '      LBody (block)',
        '        "Parking on the quay"',
        '  BlockQuote',
        '    P (block)',
        '      ""We are delighted," said the leader."',
        '  Figure:',
        '     /BBox [72 450 232 570]',
        '     /Placement /Block',
        '    ""',
        '  P (block)',
        '    "This paragraph starts on the first page"',
        '    "and ends on the second."',
        '  H2 (block)',
        '    "Opening times"',
        '  Table (block)',
        '    TR',
        '      TH:',
        '         /Scope /Column',
        '        "Day"',
        '      TH:',
        '         /Scope /Column',
        '        "Hours"',
        '    TR',
        '      TD',
        '        "Monday"',
        '      TD',
        '        "9am to 5pm"',
        '',
      ].join('\n'),
    );
  });

  it('puts every line of text either in the structure tree or in an artifact', async () => {
    const tree = await structText(path);
    const lines = (await pdfToText(path)).split(/[\n\f]/).filter((line) => line.trim() !== '');
    const furniture = lines.filter((line) => /^(HEADER|FOOTER)/.test(line));
    expect(furniture).toEqual(['HEADER Bridgend Council press office', 'FOOTER Page 1 of 2', 'FOOTER Page 2 of 2']);
    for (const line of furniture) expect(tree).not.toContain(line);
    // The same words, as many times each: all content is tagged, nothing is tagged twice.
    const words = (text: string): string[] => text.split(/\s+/).filter(Boolean).sort();
    const tagged = [...tree.matchAll(/^\s*"(.*)"$/gm)].map((match) => match[1] ?? '').join(' ');
    expect(words(tagged)).toEqual(words(lines.filter((line) => !furniture.includes(line)).join(' ')));
  });

  it('gives the figure its alt text (poppler does not print /Alt, so qpdf reads it)', () => {
    const figures = objects.entries().filter(([, value]) => typeof value === 'object' && value !== null && (value as Record<string, unknown>)['/S'] === '/Figure');
    expect(figures).toHaveLength(1);
    expect(objects.dict(figures[0]?.[0])['/Alt']).toBe(`u:${SAMPLE.alt}`);
  });

  it('links content and structure both ways through the parent tree', () => {
    expect(structureProblems(objects)).toEqual([]);
    const pages = objects.pages().map((page) => objects.dict(page));
    expect(pages.map((page) => page['/Tabs'])).toEqual(['/S', '/S']);
    expect(pages.map((page) => typeof page['/StructParents'])).toEqual(['number', 'number']);
    expect(objects.dict(objects.catalog()['/MarkInfo'])['/Marked']).toBe(true);
  });

  it('makes the link a real link annotation that says where it goes', async () => {
    const { stdout } = await run('pdfinfo', ['-url', path], { reader: 'pdfinfo (poppler-utils)' });
    expect(stdout).toContain('https://example.gov.uk/harbour-(plan)?q=%C5%B5');
    const [annotation] = objects.array(objects.dict(objects.pages()[0])['/Annots']);
    const link = objects.dict(annotation);
    expect(link['/Contents']).toBe(`u:${SAMPLE.linkText}`);
    expect(link['/Border']).toEqual([0, 0, 0]);
  });

  it('passes qpdf --check with no errors or warnings', async () => {
    const { stdout } = await run('qpdf', ['--check', path], { reader: 'qpdf' });
    expect(stdout).toContain('No syntax or stream encoding errors found');
  });

  it('extracts the words in reading order with pdftotext', async () => {
    const text = (await pdfToText(path)).replace(/\s+/g, ' ');
    const order = ['Harbour wall reopens', 'The wall reopens on Monday.', 'Read the full plan before the opening.', 'Footpath open daily', '"We are delighted,"', 'and ends on the second.', 'Opening times'];
    const positions = order.map((phrase) => text.indexOf(phrase));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('has bookmarks nested by heading level', async () => {
    expect(await pdfOutline(path)).toEqual([{ title: 'Harbour wall reopens', children: [{ title: 'Opening times', children: [] }] }]);
  });

  it('carries XMP metadata with the title, author, language and producer', async () => {
    const { stdout } = await run('pdfinfo', ['-meta', path], { reader: 'pdfinfo (poppler-utils)' });
    expect(stdout).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${SAMPLE.title}</rdf:li></rdf:Alt></dc:title>`);
    expect(stdout).toContain(`<rdf:li>${SAMPLE.author}</rdf:li>`);
    expect(stdout).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
    expect(stdout).toContain('<pdf:Producer>Pressdesk</pdf:Producer>');
    expect(stdout).toContain('<xmp:CreateDate>2025-03-04T10:20:30Z</xmp:CreateDate>');
  });
});
