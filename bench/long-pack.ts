import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WORDS } from './long-release';

/**
 * A generated briefing pack of about `pages` A4 pages: repeating groups of every kind of section (a situation
 * summary, key messages, reactive questions, a handling plan, contacts and an included release), each section on a
 * page of its own, as a pack prints. Also used by the tests for long Q&A sections and timelines.
 */
function sentence(seed: number, words: number): string {
  const picked = Array.from({ length: words }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (seed: number, sentences = 5) => Array.from({ length: sentences }, (_, index) => sentence(seed + index, 18)).join(' ');

export interface LongPackOptions {
  /** Protective marking; null for none. Default OFFICIAL-SENSITIVE. */
  readonly classification?: string | null;
  /** Override the sections (tests). */
  readonly sections?: readonly unknown[];
}

/** One group of sections, about 12 pages (measured with our PDF layout). */
function group(index: number): unknown[] {
  const seed = index * 31;
  return [
    {
      type: 'text',
      title: `Situation summary ${index + 1}`,
      body: [
        { type: 'paragraph', text: paragraph(seed) },
        { type: 'heading', text: `Background ${index + 1}` },
        { type: 'paragraph', text: paragraph(seed + 1) },
        { type: 'list', ordered: false, items: [sentence(seed, 10), sentence(seed + 2, 12), sentence(seed + 3, 9)] },
        { type: 'paragraph', text: paragraph(seed + 2) },
      ],
    },
    { type: 'messages', title: `Key messages ${index + 1}`, items: Array.from({ length: 8 }, (_, item) => `${sentence(seed + item, 16)} **${sentence(item, 3)}**`) },
    { type: 'qa', title: `Reactive questions ${index + 1}`, items: qaItems(seed, 14) },
    { type: 'timeline', title: `Handling plan ${index + 1}`, items: timelineItems(seed, 45) },
    { type: 'contacts', title: `Contacts ${index + 1}`, people: ['p1', 'p2', 'p3'] },
    {
      type: 'release',
      title: `Press release ${index + 1}`,
      release: {
        headline: `Generated release ${index + 1}: ${sentence(seed, 6).slice(0, -1)}`,
        date: '2026-01-05',
        embargo: null,
        body: [
          { type: 'paragraph', text: paragraph(seed + 4) },
          { type: 'quote', speakers: ['p1'], paragraphs: [sentence(seed + 5, 24)], approval: null },
          { type: 'heading', text: 'More detail' },
          { type: 'paragraph', text: paragraph(seed + 6) },
          { type: 'paragraph', text: paragraph(seed + 7) },
        ],
        notes: [sentence(seed, 12), sentence(seed + 1, 14)],
        contacts: [{ name: 'Press office', phone: '01632 960000', email: 'press@council.example' }],
      },
    },
  ];
}

/** Questions with answers of one to five sentences; each answer starts "Line N:", so a reader can find it. */
export const qaItems = (seed: number, count: number) =>
  Array.from({ length: count }, (_, item) => ({
    q: `Question ${item + 1}: ${sentence(seed + item, 12).slice(0, -1)}?`,
    a: `Line ${item + 1}: ${paragraph(seed + item * 3, 1 + (item % 5))}`,
  }));

/** Handling-plan rows, some wrapping over several lines. */
export const timelineItems = (seed: number, count: number) =>
  Array.from({ length: count }, (_, item) => ({
    when: `Day ${Math.floor(item / 4) + 1}, ${String(8 + (item % 4) * 2).padStart(2, '0')}:00`,
    what: `Row ${item + 1}: ${sentence(seed + item, 6 + (item % 4) * 5)}`,
    ...(item % 3 === 2 ? {} : { who: item % 2 === 0 ? 'Press office' : 'Alex Example' }),
  }));

/** Groups per page, measured: one group of six sections lays out as 13 pages. */
export const PAGES_PER_GROUP = 13;

export async function writeLongPack(folder: string, pages: number, options: LongPackOptions = {}): Promise<string> {
  await mkdir(join(folder, 'assets'), { recursive: true });
  const groups = Math.max(1, Math.round((pages - 2) / PAGES_PER_GROUP));
  const sections = options.sections ?? Array.from({ length: groups }, (_, index) => group(index)).flat();
  const project = {
    format: 'pressdesk/project',
    version: 1,
    id: `long-pack-${pages}`,
    kind: 'pack',
    title: `Generated ${pages}-page briefing pack`,
    status: 'draft',
    updatedAt: '2026-01-01T00:00:00Z',
    people: [
      { id: 'p1', name: 'Alex Example', honorific: 'Councillor', role: 'Cabinet Member for Testing', email: 'alex.example@council.example' },
      { id: 'p2', name: 'Sam Sample', role: 'Head of Communications', organisation: 'Example Council', phone: '01632 960001' },
      { id: 'p3', name: 'Jo Placeholder', role: 'Duty Press Officer', phone: '07700 900001', email: 'press@council.example' },
    ],
    pack: {
      title: `A generated briefing pack of about ${pages} pages`,
      audience: 'Benchmarks',
      date: '2026-01-05',
      classification: options.classification === undefined ? 'OFFICIAL-SENSITIVE' : options.classification,
      sections,
    },
  };
  await writeFile(join(folder, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
  return folder;
}
