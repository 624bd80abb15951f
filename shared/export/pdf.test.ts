import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfFonts, pdfInfo, pdfOutline, pdfStructureText, pdfToText, qpdfCheck } from '../testing/readers';
import { readObjects, structureProblems } from '../render-pdf/structure/qpdf-reading.test-helper';
import { exportProject } from './export-project';

/**
 * The PDF of each example, read back with poppler and qpdf: the same words as the Word file, every font
 * embedded, a tagged structure with the picture's alt text, bookmarks, and about the same number of pages
 * as LibreOffice makes of our own DOCX.
 */
const SEED = resolve('examples/joint-inspection-2023');
const HARBOUR = resolve('examples/harbour-wall-reopening-2026');

async function exportBoth(project: string) {
  const out = await mkdtemp(join(tmpdir(), 'pressdesk-pdf-'));
  const result = await exportProject(project, { formats: ['docx', 'pdf'], outDir: out });
  const docx = result.files.find((file) => file.format === 'docx')!.path;
  const pdf = result.files.find((file) => file.format === 'pdf')!.path;
  return { docx, pdf, notices: result.notices };
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').replace(/-\s*/g, '').trim();

describe('the seed release as PDF', () => {
  it('has every paragraph of the seed in order, embedded subset fonts, and passes qpdf --check', async () => {
    const { pdf } = await exportBoth(SEED);
    const text = normalise(await pdfToText(pdf));
    const seed = (await import('node:fs')).readFileSync(join(SEED, 'seed.txt'), 'utf8');
    const lines = seed
      .split('\n')
      .map((line) => line.replace(/^\s*•\s*/, '').trim())
      .filter((line) => line && !line.startsWith('Published:') && !line.startsWith('Black and white image'))
      .filter((line) => !line.startsWith('Chief Executive of NHS Borders') && line !== 'Councillor Caroline Cochrane, Chair of Community Planning Partnership');
    let from = 0;
    for (const line of lines) {
      const wanted = normalise(line);
      const at = text.indexOf(wanted, from);
      expect(at, `"${line}" should follow offset ${from}`).toBeGreaterThanOrEqual(from);
      from = at + wanted.length;
    }
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    await qpdfCheck(pdf);
  });

  it('is tagged: headline H1, paragraphs P, list items in L, the picture a Figure with its alt text', async () => {
    const { pdf } = await exportBoth(SEED);
    const info = await pdfInfo(pdf);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe('Joint Inspection of Children at Risk of Harm, Scottish Borders Partnership');
    expect(info.creator).toBe('Pressdesk');
    const structure = await pdfStructureText(pdf);
    expect(structure).toMatch(/H1 \(block\)\s+"Joint Inspection of Children at Risk of\s*"\s+"Harm, Scottish Borders Partnership"/);
    expect(structure).toMatch(/\bP\b/);
    expect(structure).toMatch(/L\b[\s\S]*LI\b/);
    expect(structure).toMatch(/Figure/);
    // poppler prints no /Alt, so the alt text is read with qpdf, and the whole tree walked as a screen reader would.
    const objects = await readObjects(pdf);
    const figures = objects.entries().filter(([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value) && (value as Record<string, unknown>)['/S'] === '/Figure');
    expect(figures.map(([, value]) => (value as Record<string, unknown>)['/Alt'])).toEqual([
      'u:Black and white image showing words news against background of newspaper',
    ]);
    expect(structureProblems(objects)).toEqual([]);
    const outline = await pdfOutline(pdf);
    expect(outline.map((item) => item.title)).toContain('Joint Inspection of Children at Risk of Harm, Scottish Borders Partnership');
  });
});

describe('page parity with LibreOffice’s layout of our own DOCX', () => {
  for (const [name, project] of [['seed', SEED], ['harbour wall', HARBOUR]] as const) {
    it(`${name}: the same number of pages`, async () => {
      const { docx, pdf } = await exportBoth(project);
      const libreOffice = await pdfInfo(await convertWithLibreOffice(docx, await mkdtemp(join(tmpdir(), 'pressdesk-parity-'))));
      const ours = await pdfInfo(pdf);
      expect(Math.abs(ours.pages - libreOffice.pages), `ours ${ours.pages}, LibreOffice ${libreOffice.pages}`).toBeLessThanOrEqual(0);
    });
  }
});

describe('the harbour wall draft as PDF', () => {
  it('shows the DRAFT mark and "Page X of Y" on every page, and keeps Welsh and Gaelic letters', async () => {
    const { pdf } = await exportBoth(HARBOUR);
    const pages = (await pdfToText(pdf)).split('\f').filter((page) => page.trim() !== '');
    pages.forEach((page, index) => {
      expect(page).toContain('DRAFT – NOT APPROVED FOR ISSUE');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const all = pages.join('\n');
    for (const word of ['Pont-y-ŵyn', 'Tŷ Coch', 'Fàilte', 'EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026']) expect(all).toContain(word);
  });
});

describe('page parity on a generated long document', () => {
  it('40 pages: within one page of LibreOffice’s layout of our DOCX', async () => {
    const { writeLongRelease } = await import('../../bench/long-release');
    const folder = await writeLongRelease(join(await mkdtemp(join(tmpdir(), 'pressdesk-long-')), 'long'), 40);
    const { docx, pdf } = await exportBoth(folder);
    const libreOffice = await pdfInfo(await convertWithLibreOffice(docx, await mkdtemp(join(tmpdir(), 'pressdesk-parity-'))));
    const ours = await pdfInfo(pdf);
    expect(libreOffice.pages).toBeGreaterThanOrEqual(30);
    expect(Math.abs(ours.pages - libreOffice.pages), `ours ${ours.pages}, LibreOffice ${libreOffice.pages}`).toBeLessThanOrEqual(1);
  });
});
