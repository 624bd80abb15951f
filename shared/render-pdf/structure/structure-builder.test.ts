import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../testing/run-reader';
import { readObjects, structureProblems, type Json } from './qpdf-reading.test-helper';
import { StructureBuilder, StructureUsageError } from './index';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressdesk-structure-builder-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const newBuilder = async () => {
  const pdf = await PDFDocument.create();
  const builder = new StructureBuilder(pdf, { lang: 'en-GB', title: 'Test' });
  return { pdf, builder, page: pdf.addPage() };
};

describe('StructureBuilder', () => {
  it('numbers marked content per page from 0 and writes BDC /Type <</MCID n>> … EMC', async () => {
    const { pdf, builder, page } = await newBuilder();
    const other = pdf.addPage();
    const p = builder.element('P', builder.root);
    expect(builder.mark(page, p).begin.map(String)).toEqual(['/P <</MCID 0>> BDC']);
    expect(builder.mark(page, p).begin.map(String)).toEqual(['/P <</MCID 1>> BDC']);
    expect(builder.mark(other, p).begin.map(String)).toEqual(['/P <</MCID 0>> BDC']);
    expect(builder.mark(other, p).end.map(String)).toEqual(['EMC']);
  });

  it('marks furniture as artifacts without giving it an MCID', async () => {
    const { builder } = await newBuilder();
    expect(builder.artifact('Header').begin.map(String)).toEqual(['/Artifact <</Type /Pagination /Subtype /Header>> BDC']);
    expect(builder.artifact('Footer').begin.map(String)).toEqual(['/Artifact <</Type /Pagination /Subtype /Footer>> BDC']);
    expect(builder.artifact('Page').begin.map(String)).toEqual(['/Artifact <</Type /Pagination>> BDC']);
    expect(builder.artifact('Watermark').begin.map(String)).toEqual(['/Artifact <</Type /Pagination /Subtype /Watermark>> BDC']);
    expect(builder.artifact('Layout').begin.map(String)).toEqual(['/Artifact <</Type /Layout>> BDC']);
  });

  it('refuses a Figure without alt text, a scope on anything but a TH, and a link with nowhere to click', async () => {
    const { builder, page } = await newBuilder();
    expect(() => builder.element('Figure', builder.root)).toThrow(StructureUsageError);
    expect(() => builder.element('Figure', builder.root, { alt: '  ' })).toThrow(/artifact\('Layout'\)/);
    expect(() => builder.element('TD', builder.root, { scope: 'Row' })).toThrow(/Only a TH/);
    expect(() => builder.link(page, builder.root, 'https://example.org', [], 'here')).toThrow(/at least one rectangle/);
    expect(() => builder.addLinkArea(page, builder.root, [[0, 0, 1, 1]])).toThrow(/made by link\(\)/);
  });

  it('refuses elements of another builder, and any use after finish()', async () => {
    const { pdf, builder, page } = await newBuilder();
    const other = new StructureBuilder(pdf, { lang: 'en-GB', title: 'Other' });
    expect(() => builder.element('P', other.root)).toThrow(/another StructureBuilder/);
    builder.finish();
    expect(() => builder.finish()).toThrow(/already written/);
    expect(() => builder.mark(page, builder.root)).toThrow(/already written/);
    expect(() => builder.element('P', builder.root)).toThrow(/already written/);
  });

  it('refuses a language that is not a language tag', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    expect(() => new StructureBuilder(pdf, { lang: 'en GB)', title: 'T' })).toThrow(/not a language tag/);
  });

  it('keeps the document title set by setDocumentInfo, and sets one when there is none', async () => {
    const { pdf, builder } = await newBuilder();
    builder.finish();
    expect(pdf.getTitle()).toBe('Test');
    const titled = await PDFDocument.create();
    titled.setTitle('Already');
    new StructureBuilder(titled, { lang: 'en-GB', title: 'Test' }).finish();
    expect(titled.getTitle()).toBe('Already');
  });

  it('writes a link that wraps onto the next page, a Welsh paragraph and a row header so that qpdf and the parent tree agree', async () => {
    const { pdf, builder, page } = await newBuilder();
    const next = pdf.addPage();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const draw = (target: typeof page, element: ReturnType<typeof builder.element>, text: string, y: number) => {
      const { begin, end } = builder.mark(target, element);
      target.pushOperators(...begin);
      target.drawText(text, { x: 72, y, size: 12, font });
      target.pushOperators(...end);
    };
    const paragraph = builder.element('P', builder.root, { lang: 'cy' });
    draw(page, paragraph, 'Darllenwch', 100);
    const link = builder.link(page, paragraph, 'https://example.gov.uk/a very long address', [[72, 80, 200, 92], [72, 60, 150, 72]], 'y cynllun llawn');
    draw(page, link, 'y cynllun', 82);
    draw(page, link, 'llawn', 62);
    builder.addLinkArea(next, link, [[72, 780, 120, 792]]);
    draw(next, link, '(parhad)', 782);
    const back = builder.link(next, builder.root, { page, y: 100.25 }, [[300, 780, 360, 792]], 'back to the start');
    draw(next, back, 'back', 782);
    const table = builder.element('Table', builder.root);
    const row = builder.element('TR', table);
    draw(next, builder.element('TH', row, { scope: 'Row' }), 'Dydd Llun', 700);
    draw(next, builder.element('TD', row), '9 tan 5', 700);
    builder.finish();

    const path = join(folder, 'link-across-pages.pdf');
    await writeFile(path, await pdf.save());
    const { stdout } = await run('qpdf', ['--check', path], { reader: 'qpdf' });
    expect(stdout).toContain('No syntax or stream encoding errors found');
    const objects = await readObjects(path);
    expect(structureProblems(objects)).toEqual([]);

    const elements = objects.entries().map(([, value]) => value as Record<string, unknown>);
    const linkElement = elements.find((value) => value?.['/S'] === '/Link');
    // Content on two pages: each MCID is a marked-content reference naming its page.
    expect(linkElement?.['/K']).toMatchObject([
      { '/Type': '/OBJR' },
      { '/Type': '/OBJR' },
      { '/Type': '/MCR', '/MCID': 1 },
      { '/Type': '/MCR', '/MCID': 2 },
      { '/Type': '/OBJR' },
      { '/Type': '/MCR', '/MCID': 0 },
    ]);
    expect(elements.find((value) => value?.['/S'] === '/P')?.['/Lang']).toBe('u:cy');
    expect(elements.find((value) => value?.['/S'] === '/TH')?.['/A']).toEqual({ '/O': '/Table', '/Scope': '/Row' });
    // Each link area: a clickable rectangle on its page, the text it says, and where it goes.
    const [first, second] = objects.pages();
    const annotations = [first, first, second, second].map((pageRef, index) => {
      const annots = objects.array(objects.dict(pageRef)['/Annots']);
      return { ...objects.dict(annots[index % 2]), pageRef };
    }) as (Record<string, Json> & { pageRef: string })[];
    expect(annotations.map((link) => [link['/Subtype'], link['/Rect'], link['/P'] === link.pageRef, link['/F'], link['/Border']])).toEqual([
      ['/Link', [72, 80, 200, 92], true, 4, [0, 0, 0]],
      ['/Link', [72, 60, 150, 72], true, 4, [0, 0, 0]],
      ['/Link', [72, 780, 120, 792], true, 4, [0, 0, 0]],
      ['/Link', [300, 780, 360, 792], true, 4, [0, 0, 0]],
    ]);
    expect(annotations.map((link) => link['/Contents'])).toEqual([...Array(3).fill('u:y cynllun llawn'), 'u:back to the start']);
    expect(objects.dict(annotations[0]?.['/A'])).toMatchObject({ '/S': '/URI', '/URI': 'u:https://example.gov.uk/a%20very%20long%20address' });
    expect(annotations[3]?.['/Dest']).toEqual([first, '/XYZ', null, 100.25, null]);
    // Each annotation's /StructParent leads back, through the parent tree, to its Link element.
    const parentTree = objects.dict(objects.catalog()['/StructTreeRoot'])['/ParentTree'];
    const nums = objects.array(objects.dict(parentTree)['/Nums']);
    const owner = (key: unknown) => objects.dict(nums[nums.indexOf(key as Json) + 1])['/S'];
    expect(annotations.map((link) => owner(link['/StructParent']))).toEqual(['/Link', '/Link', '/Link', '/Link']);
    const urls = (await run('pdfinfo', ['-url', path], { reader: 'pdfinfo (poppler-utils)' })).stdout;
    expect(urls.match(/https:\/\/example\.gov\.uk\/a%20very%20long%20address/g)).toHaveLength(3);
  });
});
