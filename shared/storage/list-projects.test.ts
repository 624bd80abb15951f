import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createProject } from './create-project';
import { WorkspaceMissingError } from './errors';
import { filesIn, projectFolder, release, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { listProjects } from './list-projects';

afterAll(removeTempFolders);

describe('listProjects', () => {
  it('summarises each project folder, sorted by folder name', async () => {
    const workspace = await tempFolder();
    const pack = await createProject(workspace, { title: 'Storm briefing', kind: 'pack' });
    const harbour = await projectFolder(workspace, 'harbour-wall', release('Harbour', { status: 'approved' }));

    expect(await listProjects(workspace)).toEqual([
      {
        ok: true,
        dir: harbour,
        name: 'harbour-wall',
        id: release().id,
        title: 'Harbour wall',
        kind: 'release',
        status: 'approved',
        updatedAt: '2026-03-01T09:00:00.000Z',
        date: '2026-03-04',
      },
      {
        ok: true,
        dir: pack.dir,
        name: 'storm-briefing',
        id: pack.project.id,
        title: 'Storm briefing',
        kind: 'pack',
        status: 'draft',
        updatedAt: pack.project.updatedAt,
        date: pack.project.pack?.date,
      },
    ]);
  });

  it('lists unreadable projects with their problem instead of failing, and changes nothing', async () => {
    const workspace = await tempFolder();
    await projectFolder(workspace, 'a-damaged', Buffer.alloc(100));
    await projectFolder(workspace, 'b-invalid', { ...release(''), status: 'published' });
    await projectFolder(workspace, 'c-newer', { ...release(), version: 3 });
    await projectFolder(workspace, 'd-fine');

    const rows = await listProjects(workspace);

    expect(rows.map((row) => (row.ok ? `${row.name}: ok` : `${row.name}: ${row.problem}`))).toEqual([
      'a-damaged: project.json is damaged (it is filled with blank bytes, which usually means the computer lost power or crashed while saving). Open the project to put back its backup.',
      'b-invalid: project.json has 2 problems to fix, starting with: status: the status must be draft, review, approved or issued. Open the project to see them all.',
      'c-newer: It was saved by a newer version of Pressdesk (format version 3; this one reads up to 1). Update Pressdesk to open it.',
      'd-fine: ok',
    ]);
    expect(await filesIn(path.join(workspace, 'a-damaged'))).toEqual(['assets', 'project.json']);
  });

  it('skips hidden folders, the bin, files and folders that are not projects; follows linked folders', async () => {
    const workspace = await tempFolder();
    const elsewhere = await tempFolder();
    await projectFolder(workspace, '.hidden');
    await projectFolder(workspace, 'bin');
    await projectFolder(workspace, 'Bin');
    await mkdir(path.join(workspace, 'photos'));
    await writeFile(path.join(workspace, 'notes.txt'), 'hello');
    await symlink(await projectFolder(elsewhere, 'linked'), path.join(workspace, 'linked-project'), 'dir');
    await symlink(path.join(elsewhere, 'nowhere'), path.join(workspace, 'broken-link'), 'dir');

    expect((await listProjects(workspace)).map((row) => row.name)).toEqual(['linked-project']);
  });

  it('says when the workspace is not there', async () => {
    await expect(listProjects(path.join(await tempFolder(), 'nope'))).rejects.toBeInstanceOf(WorkspaceMissingError);
  });
});
