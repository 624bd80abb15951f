import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfInfo, pdfOutline, pdfToText, type PdfInfo } from '../testing/readers';
import { SAMPLE, sampleDocTree } from '../testing/sample-doc-tree';
import { renderDocx } from '.';

/** The DOCX opens in LibreOffice, a reader we did not write, and its PDF says what the tree says, in order. */

let dir: string;
let pdf: string;
let text: string;
let info: PdfInfo;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-render-docx-lo-'));
  const docx = join(dir, 'release.docx');
  await writeFile(docx, await renderDocx(await sampleDocTree()));
  pdf = await convertWithLibreOffice(docx, dir);
  [text, info] = await Promise.all([pdfToText(pdf), pdfInfo(pdf)]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const oneLine = (value: string): string => value.replace(/\s+/g, ' ');

describe('renderDocx, converted by LibreOffice', () => {
  it('makes a valid A4 PDF with the document title', () => {
    expect(info.pages).toBeGreaterThanOrEqual(1);
    expect(info.pageSize).toContain('A4');
    expect(info.title).toBe(SAMPLE.title);
    expect(info.author).toBe(SAMPLE.author);
  });

  it('has the words of the release in the order of the tree', () => {
    const flat = oneLine(text);
    const expected = [
      SAMPLE.label,
      SAMPLE.embargo,
      SAMPLE.headline,
      SAMPLE.standfirst,
      SAMPLE.intro,
      SAMPLE.subheading,
      ...SAMPLE.bullets,
      ...SAMPLE.firstNumbered,
      ...SAMPLE.secondNumbered,
      SAMPLE.attribution,
      ...SAMPLE.quote,
      SAMPLE.caption,
      SAMPLE.credit,
      SAMPLE.ends,
      SAMPLE.contact,
    ];
    let from = 0;
    for (const words of expected) {
      const at = flat.indexOf(words, from);
      expect(at, `"${words}" after offset ${from}`).toBeGreaterThanOrEqual(from);
      from = at + words.length;
    }
  });

  it('numbers each numbered list from 1 and prints the DRAFT mark and "Page X of Y" on every page', () => {
    expect(oneLine(text)).toContain(`1. ${SAMPLE.secondNumbered[0]}`);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(info.pages);
    pages.forEach((page, index) => {
      expect(page).toContain(SAMPLE.draftMark);
      expect(page).toContain(SAMPLE.footerLine);
      expect(oneLine(page)).toContain(`Page ${index + 1} of ${info.pages}`);
    });
  });

  it('sees the headings as headings: the PDF outline is the headline with the subheading under it', async () => {
    expect(await pdfOutline(pdf)).toEqual([{ title: SAMPLE.headline, children: [{ title: SAMPLE.subheading, children: [] }] }]);
  });

  it('makes a tagged PDF when asked, from the same DOCX', async () => {
    const out = await mkdtemp(join(dir, 'tagged-'));
    const tagged = await convertWithLibreOffice(
      join(dir, 'release.docx'),
      out,
      'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
    );
    expect((await pdfInfo(tagged)).tagged).toBe(true);
  });
});
