import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfOutline } from '../../testing/readers';
import { run } from '../../testing/run-reader';
import { addOutline } from './index';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'pressdesk-outline-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('addOutline', () => {
  it('nests bookmarks by level, each opening its page at the heading, in a file qpdf accepts', async () => {
    const pdf = await PDFDocument.create();
    const [one, two] = [pdf.addPage(), pdf.addPage()];
    if (one === undefined || two === undefined) throw new Error('no pages');
    addOutline(pdf, [
      { title: 'Notes first', page: one, y: 800, level: 2 },
      { title: 'Harbour wall reopens', page: one, y: 760, level: 1 },
      { title: 'Opening times', page: one, y: 500, level: 2 },
      { title: 'Parking', page: two, y: 700, level: 2 },
      { title: 'Cysylltu â ni', page: two, y: 300, level: 1 },
    ]);
    const path = join(folder, 'outline.pdf');
    await writeFile(path, await pdf.save());

    expect(await pdfOutline(path)).toEqual([
      { title: 'Notes first', children: [] },
      {
        title: 'Harbour wall reopens',
        children: [
          { title: 'Opening times', children: [] },
          { title: 'Parking', children: [] },
        ],
      },
      { title: 'Cysylltu â ni', children: [] },
    ]);
    const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', path], { reader: 'qpdf' });
    const outlines = (JSON.parse(stdout) as { outlines: { dest: unknown[]; destpageposfrom1: number; open: boolean }[] }).outlines;
    expect(outlines.map((item) => [item.dest.slice(1), item.destpageposfrom1, item.open])).toEqual([
      [['/XYZ', null, 800, null], 1, true],
      [['/XYZ', null, 760, null], 1, true],
      [['/XYZ', null, 300, null], 2, true],
    ]);
    expect((await run('qpdf', ['--check', path], { reader: 'qpdf' })).stdout).toContain('No syntax or stream encoding errors found');
  });

  it('writes nothing for no entries', async () => {
    const pdf = await PDFDocument.create();
    addOutline(pdf, []);
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeUndefined();
  });
});
