import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfToText, readDocx, type DocxReading } from '../testing/readers';
import { exportProject } from './export-project';

/**
 * The seed release (../shared/seeds/, copied into the example) must come out of Pressdesk complete and in
 * order, as read by python-docx and by LibreOffice, readers we did not write.
 */
const EXAMPLE = resolve('examples/joint-inspection-2023');
const SEED_CANDIDATES = [resolve('../shared/seeds/seed-release-joint-inspection.txt'), join(EXAMPLE, 'seed.txt')];

/** Runs of white space (the seed has non-breaking spaces) as one space. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * LibreOffice breaks "self-evaluation" after its hyphen and pdftotext then joins the halves as
 * "selfevaluation", so hyphens are left out of the comparison on both sides.
 */
const joinBrokenHyphens = (text: string) => text.replace(/-\s*/g, '');

/** The seed's lines as a reader expects to see them in our document. */
function expectedLines(seed: string): string[] {
  const ATTRIBUTIONS: Record<string, string> = {
    'Chief Executive of NHS Borders and Chair of the Critical Services Oversight Group (CSOG) Ralph Roberts, Police Scotland Divisional Commander Chief Superintendent Catriona Paton and David Robertson, Scottish Borders Council Chief Executive':
      'Ralph Roberts, Chief Executive of NHS Borders and Chair of the Critical Services Oversight Group (CSOG); Chief Superintendent Catriona Paton, Divisional Commander, Police Scotland; and David Robertson, Chief Executive, Scottish Borders Council, said:',
    'Councillor Caroline Cochrane, Chair of Community Planning Partnership': 'Councillor Caroline Cochrane, Chair of Community Planning Partnership, said:',
  };
  return seed
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    // The picture's alt text is checked as alt text; the date line is printed above the headline, with the
    // release label, so it is checked on its own below.
    .filter((line) => line !== '' && line !== 'Black and white image showing words news against background of newspaper')
    .filter((line) => line !== 'Published: 24th May 2023')
    .map((line) => normalise(ATTRIBUTIONS[line] ?? line));
}

let docxPath: string;
let reading: DocxReading;
let seedLines: string[];

beforeAll(async () => {
  const seedPath = SEED_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!seedPath) throw new Error(`seed text not found in ${SEED_CANDIDATES.join(' or ')}`);
  seedLines = expectedLines(await readFile(seedPath, 'utf8'));
  const out = await mkdtemp(join(tmpdir(), 'pressdesk-seed-'));
  const result = await exportProject(EXAMPLE, { formats: ['docx'], outDir: out });
  docxPath = result.files[0]!.path;
  reading = await readDocx(docxPath);
});


describe('the seed release, exported to Word', () => {
  it('has every paragraph of the seed, in order (python-docx)', () => {
    const texts = reading.paragraphs.map((paragraph) => normalise(paragraph.text));
    let from = 0;
    for (const line of seedLines) {
      const at = texts.indexOf(line, from);
      expect(at, `"${line}" should follow paragraph ${from - 1}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('opens with the label and date of issue above the headline', () => {
    expect(reading.paragraphs.slice(0, 3).map((paragraph) => [paragraph.style, normalise(paragraph.text)])).toEqual([
      ['Release Label', 'News release'],
      ['Release Meta', 'Date: 24 May 2023'],
      ['Heading 1', 'Joint Inspection of Children at Risk of Harm, Scottish Borders Partnership'],
    ]);
  });

  it('gives each part its Word style', () => {
    const styleOf = (text: string) => reading.paragraphs.find((paragraph) => normalise(paragraph.text).startsWith(text))?.style;
    expect(styleOf('Joint Inspection of Children at Risk of Harm, Scottish Borders Partnership')).toBe('Heading 1');
    expect(styleOf('Children, young people and families benefited')).toBe('List Bullet');
    expect(styleOf('“The positive findings')).toBe('Quote');
    expect(styleOf('More information')).toBe('Heading 2');
    expect(styleOf('The report and more information about the inspection process')).toBe('List Number');
    expect(styleOf('Along with NHS Borders')).toBe('Normal');
    expect(styleOf('ENDS')).toBe('Ends');
  });

  it('keeps the picture with its alt text, and the link to the report', () => {
    expect(reading.images.map((image) => image.description)).toContain(
      'Black and white image showing words news against background of newspaper',
    );
    expect(reading.hyperlinks.map((link) => link.text)).toContain('Care Inspectorate website');
  });

  it('has no DRAFT mark, because the release was issued', () => {
    const furniture = [...reading.headers, ...reading.footers].flat().join(' ');
    expect(furniture).not.toContain('DRAFT');
  });

  it('opens in LibreOffice, whose PDF has every word of the seed in order', async () => {
    const pdf = await convertWithLibreOffice(docxPath, await mkdtemp(join(tmpdir(), 'pressdesk-seed-lo-')));
    const text = joinBrokenHyphens(normalise(await pdfToText(pdf)));
    let from = 0;
    for (const line of seedLines) {
      const wanted = joinBrokenHyphens(line);
      const at = text.indexOf(wanted, from);
      expect(at, `"${line}" should appear in LibreOffice's rendering after offset ${from}`).toBeGreaterThanOrEqual(from);
      from = at + wanted.length;
    }
  });
});
