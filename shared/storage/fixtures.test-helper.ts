import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Project } from '../model';

const made: string[] = [];

/** A fresh, empty folder of its own for one test; removed by `removeTempFolders`. */
export async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressdesk-storage-'));
  made.push(dir);
  return dir;
}

/** For `afterAll`: removes every folder `tempFolder` made in this test file. */
export async function removeTempFolders(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A small valid release; `headline` varies it. */
export function release(headline = 'Harbour wall repairs finish early', overrides: Partial<Project> = {}): Project {
  return {
    format: 'pressdesk/project',
    version: 1,
    id: '6f1c2a52-8d0e-4d4b-9a51-3c2f1e0b7a10',
    kind: 'release',
    title: 'Harbour wall',
    status: 'draft',
    updatedAt: '2026-03-01T09:00:00.000Z',
    people: [{ id: 'p1', name: 'Eluned Ŵyn', role: 'Cabinet Member for Coast' }],
    release: {
      headline,
      date: '2026-03-04',
      embargo: null,
      body: [
        { type: 'paragraph', text: 'Repairs to the harbour wall at Aberhaven finished **two weeks early**.' },
        { type: 'quote', speakers: ['p1'], paragraphs: ['We listened to the harbour users.'], approval: null },
        { type: 'image', src: 'assets/harbour.png', alt: 'The repaired harbour wall at high tide' },
      ],
      notes: ['The work cost £1.2m.'],
      contacts: [{ name: 'Press office', phone: '01234 567890' }],
    },
    ...overrides,
  };
}

/** Makes a project folder named `name` in `parent` holding `contents` as project.json (an object is written as JSON). */
export async function projectFolder(parent: string, name: string, contents: unknown = release()): Promise<string> {
  const dir = path.join(parent, name);
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  const bytes = typeof contents === 'string' || contents instanceof Uint8Array ? contents : `${JSON.stringify(contents, null, 2)}\n`;
  await writeFile(path.join(dir, 'project.json'), bytes);
  return dir;
}

/** The folder's file names, sorted, so a test can say exactly what is there. */
export const filesIn = async (dir: string): Promise<string[]> => (await readdir(dir)).sort();
