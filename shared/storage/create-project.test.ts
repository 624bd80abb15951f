import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectInvalidError } from '../model';
import { createProject } from './create-project';
import { WorkspaceMissingError } from './errors';
import { filesIn, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { openProject } from './open-project';

afterAll(removeTempFolders);

const now = () => new Date(2026, 10, 26, 0, 30); // 00:30 local time: the local date is the 26th everywhere

describe('createProject', () => {
  it('makes a release folder named from the title, with project.json, assets/ and exports/', async () => {
    const workspace = await tempFolder();

    const created = await createProject(workspace, { title: '  Ŵyl y Môr à Bord  ', kind: 'release' }, { now });

    expect(created.dir).toBe(path.join(workspace, 'wyl-y-mor-a-bord'));
    expect(created.name).toBe('wyl-y-mor-a-bord');
    expect(created.notices).toEqual([]);
    expect(await filesIn(created.dir)).toEqual(['assets', 'exports', 'project.json']);
    expect((await stat(path.join(created.dir, 'assets'))).isDirectory()).toBe(true);
    expect(created.project).toEqual({
      format: 'pressdesk/project',
      version: 1,
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      kind: 'release',
      title: 'Ŵyl y Môr à Bord',
      status: 'draft',
      updatedAt: now().toISOString(),
      people: [],
      release: { headline: 'Ŵyl y Môr à Bord', date: '2026-11-26', embargo: null, body: [], notes: [], contacts: [] },
    });
    expect(JSON.parse(await readFile(path.join(created.dir, 'project.json'), 'utf8'))).toEqual(created.project);
    expect((await openProject(created.dir)).project).toEqual(created.project);
  });

  it('makes an empty briefing pack', async () => {
    const created = await createProject(await tempFolder(), { title: 'Storm Éowyn: members briefing', kind: 'pack' }, { now });
    expect(created.name).toBe('storm-eowyn-members-briefing');
    expect(created.project.pack).toEqual({ title: 'Storm Éowyn: members briefing', date: '2026-11-26', classification: null, sections: [] });
    expect(created.project.release).toBeUndefined();
  });

  it('never reuses a folder name, and gives every project its own id', async () => {
    const workspace = await tempFolder();
    const made = await Promise.all(
      Array.from({ length: 3 }, () => createProject(workspace, { title: 'Harbour wall', kind: 'release' })),
    );
    expect(made.map((project) => project.name).sort()).toEqual(['harbour-wall', 'harbour-wall-2', 'harbour-wall-3']);
    expect(new Set(made.map((project) => project.project.id)).size).toBe(3);
  });

  it('falls back to "project" when the title leaves nothing for a folder name', async () => {
    const created = await createProject(await tempFolder(), { title: 'مجلس المدينة', kind: 'release' });
    expect(created.name).toBe('project');
    expect(created.project.title).toBe('مجلس المدينة');
  });

  it('refuses an empty title before making anything', async () => {
    const workspace = await tempFolder();
    await expect(createProject(workspace, { title: '   ', kind: 'release' })).rejects.toBeInstanceOf(ProjectInvalidError);
    expect(await filesIn(workspace)).toEqual([]);
  });

  it('does not make a missing workspace (it may be an unplugged drive)', async () => {
    const workspace = path.join(await tempFolder(), 'Press projects');
    const error = await createProject(workspace, { title: 'Harbour wall', kind: 'release' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkspaceMissingError);
    expect((error as Error).message).toBe(
      `The projects folder ${workspace} cannot be found. It may have been moved or renamed, or be on a drive that is not connected; ` +
        'connect the drive or choose the projects folder again.',
    );
  });
});
