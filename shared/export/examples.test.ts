import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfToText, readDocx, type DocxReading } from '../testing/readers';
import { exportProject } from './export-project';

/**
 * The second example exercises what the seed does not: an embargo, a draft in review, a logo, numbered
 * lists, subheadings, links, Welsh and Gaelic letters, a decorative picture and a quote awaiting approval.
 * Read back with python-docx and LibreOffice.
 */
const EXAMPLE = resolve('examples/harbour-wall-reopening-2026');

let docxPath: string;
let reading: DocxReading;

beforeAll(async () => {
  const result = await exportProject(EXAMPLE, { formats: ['docx'], outDir: await mkdtemp(join(tmpdir(), 'pressdesk-harbour-')) });
  docxPath = result.files[0]!.path;
  reading = await readDocx(docxPath);
});

const paragraphsIn = (style: string) => reading.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);

describe('the harbour wall example, exported to Word', () => {
  it('carries the embargo in UK time, in capitals, before the headline', () => {
    const texts = reading.paragraphs.map((paragraph) => paragraph.text);
    const embargo = texts.indexOf('EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026');
    expect(embargo).toBeGreaterThan(0);
    expect(reading.paragraphs[embargo]?.style).toBe('Embargo');
    expect(embargo).toBeLessThan(texts.indexOf('Aberhaven harbour wall reopens after storm repairs'));
  });

  it('is marked DRAFT on every page, because it is in review', () => {
    const section = reading.sections[0]!;
    for (const header of [section.headers.default, section.headers.first]) {
      expect(header?.paragraphs.map((paragraph) => paragraph.text)).toContain('DRAFT – NOT APPROVED FOR ISSUE');
    }
  });

  it('has the logo in the header with its alt text, and the brand as author', () => {
    const headerImages = reading.sections[0]!.headers.first!.paragraphs.flatMap((paragraph) => paragraph.images);
    expect(headerImages.map((image) => image.description)).toEqual(['Aberhaven Council logo']);
    expect(reading.core.author).toBe('Aberhaven Council');
    expect(reading.core.language).toBe('en-GB');
    expect(reading.core.title).toBe('Aberhaven harbour wall reopens after storm repairs');
  });

  it('keeps subheadings, numbered and bulleted lists, and numbered notes in their Word styles', () => {
    expect(paragraphsIn('Heading 2')).toEqual(expect.arrayContaining(['What the repairs involved', 'Opening day', 'Notes to editors', 'About Aberhaven Council']));
    expect(paragraphsIn('List Number').length).toBeGreaterThanOrEqual(4 + 4);
    expect(paragraphsIn('List Bullet').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps Welsh and Gaelic letters', () => {
    const all = reading.paragraphs.map((paragraph) => paragraph.text).join('\n');
    for (const word of ['Pont-y-ŵyn', 'Tŷ Coch', 'Fàilte']) expect(all).toContain(word);
  });

  it('says which quotes are approved and which still wait, for the approvers', () => {
    const meta = paragraphsIn('Release Meta');
    expect(meta).toContain('Quote wording not yet approved.');
    expect(meta.some((text) => text.startsWith('Quote wording approved by'))).toBe(true);
  });

  it('marks the divider decorative and describes the photo', () => {
    expect(reading.images.filter((image) => image.decorative)).toHaveLength(1);
    expect(reading.images.filter((image) => !image.decorative).every((image) => (image.description ?? '').length > 10)).toBe(true);
  });

  it('keeps each media contact’s lines together on a page', () => {
    const contacts = reading.paragraphs.filter((paragraph) => paragraph.style === 'Contact');
    expect(contacts.length).toBeGreaterThanOrEqual(4);
    // Every line but a contact's last keeps with the next; each contact starts with its name in bold.
    const lastLines = contacts.filter((_paragraph, index) => contacts[index + 1] === undefined || contacts[index + 1]!.runs[0]?.bold === true);
    for (const paragraph of contacts) expect(paragraph.keepNext, paragraph.text).toBe(!lastLines.includes(paragraph));
  });

  it('links with real hyperlinks, including mailto for the media contacts', () => {
    const urls = reading.hyperlinks.map((link) => link.url ?? '');
    expect(urls.some((url) => url.startsWith('https://'))).toBe(true);
    expect(urls.some((url) => url.startsWith('mailto:'))).toBe(true);
  });

  it('opens in LibreOffice, which shows the draft mark and page numbers on every page', async () => {
    const pdf = await convertWithLibreOffice(docxPath, await mkdtemp(join(tmpdir(), 'pressdesk-harbour-lo-')));
    const pages = (await pdfToText(pdf)).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      expect(page).toContain('DRAFT – NOT APPROVED FOR ISSUE');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });
});
