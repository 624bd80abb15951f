import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WORDS } from './long-release';

/**
 * Workspaces for the app figures (bench/app.ts), written as project.json files in the version-1 format
 * (docs/project-format.md), so the web host lists and opens them as it would a press office's own.
 */

const SEED = resolve('examples/joint-inspection-2023');

type Json = Record<string, unknown>;

function sentence(seed: number, words: number): string {
  const picked = Array.from({ length: words }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length]);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About 650 characters: five sentences of eighteen words. */
const paragraph = (seed: number) => Array.from({ length: 5 }, (_, index) => sentence(seed + index, 18)).join(' ');

const PEOPLE = [{ id: 'p1', name: 'Alex Example', honorific: 'Councillor', role: 'Cabinet Member for Testing', organisation: 'Aberhaven Council' }];

function release(id: string, title: string, body: unknown[]): Json {
  return {
    format: 'pressdesk/project',
    version: 1,
    id,
    kind: 'release',
    title,
    status: 'draft',
    updatedAt: '2026-01-01T00:00:00Z',
    people: PEOPLE,
    release: {
      headline: title,
      date: '2026-01-05',
      embargo: null,
      location: 'Aberhaven',
      body,
      notes: ['Generated for benchmarks.'],
      contacts: [{ name: 'Press office', phone: '01234 567890', email: 'press@aberhaven.example' }],
    },
  };
}

async function writeProject(folder: string, project: Json): Promise<string> {
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
  return folder;
}

const STATUSES = ['draft', 'review', 'approved', 'issued'] as const;

/**
 * `count` seed-sized releases (the seed's project.json, about 8 KB, without its picture block so each folder is
 * complete without assets), with distinct titles, statuses, dates and save times, as a busy office's year.
 */
export async function writeProjectList(workspace: string, count: number): Promise<void> {
  const seed = JSON.parse(await readFile(join(SEED, 'project.json'), 'utf8')) as Json & { release: Json & { body: Json[] } };
  for (let index = 0; index < count; index++) {
    const title = `${sentence(index, 6).slice(0, -1)} (${index + 1})`;
    const day = new Date(Date.UTC(2025, 0, 1) + index * 17 * 3_600_000);
    const project = {
      ...seed,
      id: `bench-list-${index}`,
      title,
      status: STATUSES[index % STATUSES.length],
      updatedAt: day.toISOString(),
      release: { ...seed.release, headline: title, date: day.toISOString().slice(0, 10), body: seed.release.body.filter((block) => block.type !== 'image') },
    };
    await writeProject(join(workspace, `release-${String(index + 1).padStart(3, '0')}`), project);
  }
}

export const BLOCKS_RELEASE = { name: 'release-200-blocks', title: 'A release of two hundred blocks' } as const;

/**
 * A release with `blocks` body blocks, mostly paragraphs, as a long statement is written: every fifth a
 * subheading, every tenth a bulleted list, every fifteenth a quote. No pictures (the keystroke figure is about
 * the form, not image decoding).
 */
export async function writeBlocksRelease(workspace: string, blocks: number): Promise<string> {
  const body: unknown[] = [];
  for (let index = 0; body.length < blocks; index++) {
    if (index % 5 === 0) body.push({ type: 'heading', text: `Section ${index / 5 + 1}: ${sentence(index, 4).slice(0, -1)}` });
    else if (index % 10 === 3) body.push({ type: 'list', ordered: false, items: [sentence(index, 10), sentence(index + 1, 12), sentence(index + 2, 8)] });
    else if (index % 15 === 7) body.push({ type: 'quote', speakers: ['p1'], paragraphs: [sentence(index, 24)], approval: null });
    else body.push({ type: 'paragraph', text: index % 4 === 0 ? `${paragraph(index)} **Key point** with a [link](https://example.org/${index}).` : paragraph(index) });
  }
  return writeProject(join(workspace, BLOCKS_RELEASE.name), release('bench-200-blocks', BLOCKS_RELEASE.title, body));
}

export const BIG_RELEASE = { name: 'release-1mb', title: 'A release of about one megabyte' } as const;

/** A release of about `bytes` of project.json, in paragraphs of about 650 characters. Returns its size. */
export async function writeBigRelease(workspace: string, bytes: number): Promise<number> {
  const body: unknown[] = [];
  const project = release('bench-1mb', BIG_RELEASE.title, body);
  // Each paragraph block is about 850 bytes of pretty-printed JSON.
  const count = Math.ceil(bytes / 850);
  for (let index = 0; index < count; index++) body.push({ type: 'paragraph', text: paragraph(index) });
  await writeProject(join(workspace, BIG_RELEASE.name), project);
  return Buffer.byteLength(`${JSON.stringify(project, null, 2)}\n`);
}

export const SEED_NAME = 'joint-inspection-2023';

/** The seed release (examples/joint-inspection-2023), picture and all, copied into the workspace. */
export async function copySeed(workspace: string): Promise<string> {
  const folder = join(workspace, SEED_NAME);
  await cp(SEED, folder, { recursive: true });
  return folder;
}
