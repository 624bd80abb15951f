import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { qaItems, timelineItems, writeLongPack } from '../../bench/long-pack';
import { PressdeskError } from '../errors';
import { convertWithLibreOffice, pdfOutline, pdfStructureText, pdfToText, qpdfCheck, readDocx, type DocxReading } from '../testing/readers';
import { exportProject } from './export-project';

/**
 * Briefing packs (issue 6), read back with programs we did not write: pdftotext page by page for our PDF and for
 * LibreOffice's rendering of our DOCX, python-docx for the Word file, pdfinfo and qpdf for the PDF's structure.
 */
const EXAMPLE = resolve('examples/harbour-wall-briefing-pack-2026');
const MARKING = 'OFFICIAL-SENSITIVE';

interface Exported {
  readonly docx: string;
  readonly pdf: string;
  /** pdftotext of our PDF, one string per page. */
  readonly ours: readonly string[];
  /** pdftotext of LibreOffice's PDF of our DOCX, one string per page. */
  readonly libre: readonly string[];
}

const pagesOf = async (pdf: string): Promise<string[]> => {
  const pages = (await pdfToText(pdf)).split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
};
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const lines = (page: string): string[] => page.split('\n').map((line) => line.trim()).filter((line) => line !== '');

async function exportBoth(dir: string, name: string, withLibreOffice = true): Promise<Exported> {
  const out = await mkdtemp(join(tmpdir(), `pressdesk-pack-${name}-`));
  const result = await exportProject(dir, { formats: ['docx', 'pdf'], outDir: out });
  const docx = result.files.find((file) => file.format === 'docx')!.path;
  const pdf = result.files.find((file) => file.format === 'pdf')!.path;
  const libre = withLibreOffice ? await pagesOf(await convertWithLibreOffice(docx, await mkdtemp(join(tmpdir(), `pressdesk-pack-${name}-lo-`)))) : [];
  return { docx, pdf, ours: await pagesOf(pdf), libre };
}

interface Project {
  readonly pack: {
    readonly sections: readonly (
      | { type: 'messages'; title: string; items: string[] }
      | { type: 'qa'; title: string; items: { q: string; a: string }[] }
      | { type: 'timeline'; title: string; items: { when: string; what: string; who?: string }[] }
      | { type: string; title: string }
    )[];
  };
}

/** Markdown marks off, as the documents print the text. */
const printed = (inline: string): string => inline.replace(/\*\*|\*/g, '');

/** Each text's position in `haystack`, searching on from the last; -1 for a text not found after the one before. */
function positionsInOrder(haystack: string, texts: readonly string[]): number[] {
  let from = 0;
  return texts.map((text) => {
    const at = haystack.indexOf(flat(text), from);
    if (at >= 0) from = at + 1;
    return at;
  });
}

/** Contents lines on a page: "Title ....... 12" (ours) or "Title.......12" (LibreOffice). */
const contentsEntries = (page: string): { title: string; page: number }[] =>
  lines(page).flatMap((line) => {
    const match = /^(.+?)\s*\.{3,}\s*(\d+)$/.exec(line);
    return match ? [{ title: match[1]!.trim(), page: Number(match[2]) }] : [];
  });

/** The first page (1-based) after the contents on which a line reads exactly `title`. */
const pageOfTitle = (pages: readonly string[], title: string, after: number): number =>
  pages.findIndex((page, index) => index + 1 > after && lines(page).includes(title)) + 1;

let example: Exported;
let project: Project;
let reading: DocxReading;

beforeAll(async () => {
  example = await exportBoth(EXAMPLE, 'example');
  project = JSON.parse(await readFile(join(EXAMPLE, 'project.json'), 'utf8')) as Project;
  reading = await readDocx(example.docx);
}, 180_000);

const sectionOf = <T extends Project['pack']['sections'][number]['type']>(type: T) =>
  project.pack.sections.find((section) => section.type === type) as Extract<Project['pack']['sections'][number], { type: T }>;

describe('the harbour wall briefing pack, in both formats', () => {
  for (const [format, pagesOf] of [
    ['our PDF', () => example.ours],
    ['LibreOffice’s rendering of our DOCX', () => example.libre],
  ] as const) {
    describe(format, () => {
      it('prints the classification at the top and the bottom of every page, the cover included', () => {
        const pages = pagesOf();
        expect(pages.length).toBeGreaterThanOrEqual(10);
        pages.forEach((page, index) => {
          const text = lines(page);
          expect(text[0], `top of page ${index + 1}`).toBe(MARKING);
          expect(text.at(-1), `bottom of page ${index + 1}`).toBe(MARKING);
        });
      });

      it('has a contents page whose every page number is the page where that section’s title appears', () => {
        const pages = pagesOf();
        const contentsPage = pages.findIndex((page) => lines(page).includes('Contents')) + 1;
        expect(contentsPage).toBe(2);
        const entries = contentsEntries(pages[contentsPage - 1]!);
        expect(entries.map((entry) => entry.title)).toEqual(project.pack.sections.map((section) => section.title));
        for (const entry of entries) expect(pageOfTitle(pages, entry.title, contentsPage), entry.title).toBe(entry.page);
      });

      it('keeps every key message, question, answer and handling-plan row, in order', () => {
        const text = flat(pagesOf().join('\n'));
        const messages = sectionOf('messages').items.map(printed);
        const qa = sectionOf('qa').items.flatMap((item) => [printed(item.q), printed(item.a)]);
        // A row's cells as pdftotext reads them: the when, the start of the what (a later cell's line can come between
        // the what's own lines), the who.
        const rows = sectionOf('timeline').items.flatMap((item) => [item.when, item.what.split(' ').slice(0, 3).join(' '), ...(item.who ? [item.who] : [])]);
        for (const texts of [messages, qa, rows]) {
          const found = positionsInOrder(text, texts);
          texts.forEach((wanted, index) => expect(found[index], wanted).toBeGreaterThanOrEqual(0));
        }
      });

      it('repeats the handling plan’s header row on every page the table spans', () => {
        const pages = pagesOf();
        const timeline = sectionOf('timeline');
        const first = pageOfTitle(pages, timeline.title, 2);
        const last = pages.findIndex((page) => flat(page).includes(flat(timeline.items.at(-1)!.what))) + 1;
        expect(last).toBeGreaterThan(first);
        for (let page = first; page <= last; page++) expect(flat(pages[page - 1]!), `page ${page}`).toContain('When What Who');
      });

      it('starts every section on a new page and never leaves a question at the foot of a page without its answer', () => {
        const pages = pagesOf();
        const pageOf = (text: string) => pages.findIndex((page) => flat(page).includes(flat(text))) + 1;
        for (const item of sectionOf('qa').items) expect(pageOf(printed(item.a).split(' ').slice(0, 8).join(' '))).toBe(pageOf(printed(item.q)));
        const starts = project.pack.sections.map((section) => pageOfTitle(pages, section.title, 2));
        expect(new Set(starts).size).toBe(starts.length);
      });
    });
  }

  it('writes the PDF pages’ numbers into the DOCX’s contents, so Word shows them without updating fields', async () => {
    const xml = spawnSync('/usr/bin/python3', ['-c', 'import sys, zipfile\nsys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', example.docx], {
      encoding: 'utf8',
    });
    expect(xml.status, xml.stderr).toBe(0);
    const cached = [...xml.stdout.matchAll(/PAGEREF (\S+) \\h <\/w:instrText>.*?<w:t[^>]*>(\d+)<\/w:t>/g)].map((match) => Number(match[2]));
    const ours = contentsEntries(example.ours[1]!).map((entry) => entry.page);
    const libre = contentsEntries(example.libre[1]!).map((entry) => entry.page);
    expect(cached).toEqual(ours);
    expect(cached).toEqual(libre);
    expect(xml.stdout).not.toContain('w:dirty');
  });

  it('gives python-docx the sections as Heading 1, the contents as toc 1 lines and the tables with header rows', () => {
    const headings = reading.paragraphs.filter((paragraph) => paragraph.style === 'Heading 1').map((paragraph) => paragraph.text);
    expect(headings.filter((text) => text !== 'Contents' && project.pack.sections.some((section) => section.title === text))).toEqual(
      project.pack.sections.map((section) => section.title),
    );
    expect(reading.paragraphs.filter((paragraph) => paragraph.style === 'toc 1')).toHaveLength(project.pack.sections.length);
    expect(reading.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Harbour wall reopening: briefing pack for members');
    const questions = reading.paragraphs.filter((paragraph) => paragraph.style === 'Question');
    expect(questions.map((paragraph) => paragraph.text)).toEqual(sectionOf('qa').items.map((item) => printed(item.q)));
    // Each answer straight after its question; the key messages as a numbered list, in order.
    const texts = reading.paragraphs.map((paragraph) => paragraph.text);
    for (const item of sectionOf('qa').items) expect(texts[texts.indexOf(printed(item.q)) + 1]).toBe(printed(item.a));
    const numbered = reading.paragraphs.filter((paragraph) => paragraph.style === 'List Number').map((paragraph) => paragraph.text);
    expect(numbered.slice(0, sectionOf('messages').items.length)).toEqual(sectionOf('messages').items.map(printed));
    expect(questions.every((paragraph) => paragraph.keepNext)).toBe(true);
    const timeline = reading.tables.find((table) => table.rows[0]?.join('|') === 'When|What|Who')!;
    expect(timeline.headerRows).toBe(1);
    expect(timeline.rows.slice(1).map((row) => row[0])).toEqual(sectionOf('timeline').items.map((item) => item.when));
    const contacts = reading.tables.find((table) => table.rows[0]?.[0] === 'Name')!;
    expect(contacts.rows.slice(1).map((row) => row[0])).toEqual(['Councillor Siân Ellis', 'Rhodri Bowen', 'Ffion Hughes', 'Gwen Price', 'Owain Jenkins']);
    const section = reading.sections[0]!;
    for (const part of [section.headers.first, section.headers.default, section.footers.first, section.footers.default]) {
      expect(part?.paragraphs.map((paragraph) => paragraph.text)).toContain(MARKING);
    }
  });

  it('includes the press release as a release: headline, ENDS, notes to editors', () => {
    const texts = reading.paragraphs.map((paragraph) => paragraph.text);
    const start = texts.lastIndexOf('Press release');
    expect(texts.indexOf('Aberhaven harbour wall reopens after storm repairs', start)).toBeGreaterThan(start);
    expect(texts.indexOf('ENDS', start)).toBeGreaterThan(start);
    expect(texts.indexOf('Notes to editors', start)).toBeGreaterThan(texts.indexOf('ENDS', start));
  });

  it('tags the PDF: tables as Table/THead/TBody/TR/TH/TD, the contents as TOC/TOCI, and a bookmark for every section; qpdf finds no errors', async () => {
    const structure = await pdfStructureText(example.pdf);
    for (const tag of ['Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'TOC', 'TOCI', 'Link', 'H1']) expect(structure).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    // One THead per table, however many pages it spans: repeated header rows are pagination artifacts.
    expect(structure.match(/^\s*THead\b/gm)).toHaveLength(2);
    const outline = (await pdfOutline(example.pdf)).map((item) => item.title);
    for (const section of project.pack.sections) expect(outline).toContain(section.title);
    expect(await qpdfCheck(example.pdf)).toMatch(/No syntax or stream encoding errors/);
  });
});

describe('packs out of the ordinary', () => {
  it('prints no classification when the pack has none', async () => {
    const dir = await writeLongPack(join(await mkdtemp(join(tmpdir(), 'pressdesk-pack-plain-')), 'unmarked'), 10, {
      classification: null,
      sections: [
        { type: 'messages', title: 'Key messages', items: ['One.', 'Two.'] },
        { type: 'contacts', title: 'Contacts', people: ['p1', 'p2'] },
      ],
    });
    const exported = await exportBoth(dir, 'unmarked');
    for (const pages of [exported.ours, exported.libre]) {
      expect(pages.length).toBe(4);
      for (const page of pages) expect(page).not.toMatch(/OFFICIAL|Classification/);
    }
    const docx = await readDocx(exported.docx);
    expect(docx.paragraphs.some((paragraph) => paragraph.style === 'Classification')).toBe(false);
  }, 120_000);

  it('keeps every question with its answer through many pages of long answers, in both formats', async () => {
    const items = qaItems(7, 60);
    const dir = await writeLongPack(join(await mkdtemp(join(tmpdir(), 'pressdesk-pack-qa-')), 'questions'), 10, {
      sections: [{ type: 'qa', title: 'Reactive questions', items }],
    });
    const exported = await exportBoth(dir, 'questions');
    for (const pages of [exported.ours, exported.libre]) {
      expect(pages.length).toBeGreaterThan(6);
      const pageOf = (text: string) => pages.findIndex((page) => flat(page).includes(flat(text))) + 1;
      for (const item of items) {
        const question = pageOf(item.q);
        expect(question, item.q).toBeGreaterThan(0);
        // Answers share generated sentences; each starts "Line N:", which finds its own.
        expect(pageOf(item.a.split(' ').slice(0, 4).join(' ')), item.q).toBe(question);
      }
    }
  }, 120_000);

  it('exports a 2,000-row handling plan without trouble, the header on every page and every row in order', async () => {
    const items = timelineItems(3, 2000);
    const dir = await writeLongPack(join(await mkdtemp(join(tmpdir(), 'pressdesk-pack-rows-')), 'rows'), 10, {
      sections: [{ type: 'timeline', title: 'Handling plan', items }],
    });
    const exported = await exportBoth(dir, 'rows', false);
    const pages = exported.ours;
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages.slice(2)) expect(flat(page)).toContain('When What Who');
    const found = positionsInOrder(flat(pages.join('\n')), items.flatMap((item) => [item.when, item.what.split(' ').slice(0, 3).join(' ')]));
    expect(found.filter((at) => at < 0)).toHaveLength(0);
    const reading = await readDocx(exported.docx);
    expect(reading.tables[0]!.rows).toHaveLength(2001);
  }, 180_000);

  it('refuses an empty pack with a message naming the project and the field', async () => {
    const dir = await writeLongPack(join(await mkdtemp(join(tmpdir(), 'pressdesk-pack-empty-')), 'empty-pack'), 10, { sections: [] });
    const failure = exportProject(dir, { formats: ['pdf'] });
    await expect(failure).rejects.toBeInstanceOf(PressdeskError);
    await expect(failure).rejects.toThrow(/^empty-pack: the briefing pack has no sections yet \(pack › sections is empty\); add at least one section/);
  });

  it('refuses a contacts section naming someone who is not one of the project’s people, saying where', async () => {
    const dir = await writeLongPack(join(await mkdtemp(join(tmpdir(), 'pressdesk-pack-who-')), 'unknown-contact'), 10, {
      sections: [{ type: 'contacts', title: 'Contacts', people: ['p1', 'nobody'] }],
    });
    const failure = exportProject(dir, { formats: ['docx'] });
    await expect(failure).rejects.toBeInstanceOf(PressdeskError);
    await expect(failure).rejects.toThrow(/unknown-contact[\s\S]*"nobody" is not one of the project's people; pick the contact again/);
  });
});
