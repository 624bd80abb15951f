import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

/** A small valid release project in a fresh temporary folder, for tests. Returns the folder. */
export async function writeProject(
  options: { name?: string; release?: Record<string, unknown>; project?: Record<string, unknown>; files?: Record<string, Uint8Array> } = {},
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pressdesk-test-'));
  const dir = join(root, options.name ?? 'test-release');
  await mkdir(join(dir, 'assets'), { recursive: true });
  for (const [path, bytes] of Object.entries(options.files ?? {})) await writeFile(join(dir, path), bytes);
  const project = {
    format: 'pressdesk/project',
    version: 1,
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'release',
    title: 'Test release',
    status: 'approved',
    updatedAt: '2026-01-01T00:00:00Z',
    people: [{ id: 'p1', name: 'Jane Smith', honorific: 'Councillor', role: 'Cabinet Member for Housing' }],
    release: {
      headline: 'New homes for Aberhaven',
      date: '2026-03-04',
      embargo: null,
      body: [{ type: 'paragraph', text: 'Work starts today.' }],
      notes: [],
      contacts: [],
      ...options.release,
    },
    ...options.project,
  };
  await writeFile(join(dir, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
  return dir;
}

/** A plain picture of the given size. */
export const picture = (width = 400, height = 300, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } })[format]().toBuffer();
