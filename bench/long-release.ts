import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/**
 * A generated release of about `pages` A4 pages (calibrated against LibreOffice's page count of our DOCX):
 * sections with a subheading, paragraphs, a bulleted list, a quote and, every tenth section, a picture.
 */
export const WORDS = (
  'council residents service community plan funding harbour school road housing budget partnership safety ' +
  'consultation improvement support families library transport health wellbeing decision cabinet meeting report'
).split(' ');

function sentence(seed: number, words: number): string {
  const picked = Array.from({ length: words }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (seed: number) => Array.from({ length: 5 }, (_, index) => sentence(seed + index, 18)).join(' ');

/** Sections per page, measured: LibreOffice lays out 2.3 sections a page (87 pages from 200 sections). */
export const SECTIONS_PER_PAGE = 2.3;

export async function writeLongRelease(folder: string, pages: number): Promise<string> {
  await mkdir(join(folder, 'assets'), { recursive: true });
  const picture = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#5b7f95' } }).jpeg().toBuffer();
  await writeFile(join(folder, 'assets', 'picture.jpg'), picture);
  const body: unknown[] = [];
  const sections = Math.round(pages * SECTIONS_PER_PAGE);
  for (let section = 0; section < sections; section++) {
    body.push({ type: 'heading', text: `Section ${section + 1}: ${sentence(section, 4).slice(0, -1)}` });
    body.push({ type: 'paragraph', text: `${paragraph(section)} **Key point** with a [link](https://example.org/${section}).` });
    if (section % 2 === 0) body.push({ type: 'list', ordered: section % 4 === 0, items: [sentence(section, 10), sentence(section + 1, 12)] });
    if (section % 3 === 0) body.push({ type: 'quote', speakers: ['p1'], paragraphs: [sentence(section + 2, 20)], approval: null });
    if (section % 10 === 5) body.push({ type: 'image', src: 'assets/picture.jpg', alt: `Chart for section ${section + 1}` });
  }
  const project = {
    format: 'pressdesk/project',
    version: 1,
    id: `long-${pages}`,
    kind: 'release',
    title: `Generated ${pages}-page release`,
    status: 'draft',
    updatedAt: '2026-01-01T00:00:00Z',
    people: [{ id: 'p1', name: 'Alex Example', honorific: 'Councillor', role: 'Cabinet Member for Testing' }],
    release: {
      headline: `A generated release of about ${pages} pages`,
      date: '2026-01-05',
      embargo: null,
      body,
      notes: ['Generated for benchmarks.'],
      contacts: [{ name: 'Press office', phone: '01234 567890' }],
    },
  };
  await writeFile(join(folder, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
  return folder;
}
