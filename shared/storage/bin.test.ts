import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBin, moveToBin, parseBinName, restoreFromBin } from './bin';
import { ProjectFolderMissingError } from './errors';
import { projectFolder, removeTempFolders, tempFolder } from './fixtures.test-helper';

afterAll(removeTempFolders);

const NOW = new Date('2026-03-04T09:30:00Z');

describe('the bin', () => {
  it('moves a project into bin/ with the time in its name, twice in one second without clashing', async () => {
    const workspace = await tempFolder();
    await projectFolder(workspace, 'harbour-wall');
    expect(await moveToBin(workspace, 'harbour-wall', NOW)).toBe('harbour-wall--2026-03-04T09-30-00');
    await projectFolder(workspace, 'harbour-wall');
    expect(await moveToBin(workspace, 'harbour-wall', NOW)).toBe('harbour-wall--2026-03-04T09-30-00-2');
    expect(await readdir(workspace)).toEqual(['bin']);
    expect((await listBin(workspace)).map((row) => [row.title, row.deletedAt])).toEqual([
      ['Harbour wall', '2026-03-04T09:30:00Z'],
      ['Harbour wall', '2026-03-04T09:30:00Z'],
    ]);
  });

  it('restores under the old name, or a free one, and never overwrites', async () => {
    const workspace = await tempFolder();
    await projectFolder(workspace, 'harbour-wall');
    const binName = await moveToBin(workspace, 'harbour-wall', NOW);
    await mkdir(path.join(workspace, 'harbour-wall')); // an empty folder took the name: rename would replace it
    expect(await restoreFromBin(workspace, binName)).toBe('harbour-wall-2');
    expect(await listBin(workspace)).toEqual([]);
  });

  it('lists only folders it named, and a folder without project.json by its old name', async () => {
    const workspace = await tempFolder();
    await mkdir(path.join(workspace, 'bin', 'notes--2026-01-01T00-00-00'), { recursive: true });
    await mkdir(path.join(workspace, 'bin', 'my stuff'));
    await writeFile(path.join(workspace, 'bin', 'x--2026-01-01T00-00-00.txt'), '');
    expect(await listBin(workspace)).toEqual([
      { binName: 'notes--2026-01-01T00-00-00', originalName: 'notes', title: 'notes', deletedAt: '2026-01-01T00:00:00Z' },
    ]);
  });

  it('parses only names that stay in the bin', () => {
    expect(parseBinName('a--b--2026-03-04T09-30-00-3')).toEqual({ originalName: 'a--b', deletedAt: '2026-03-04T09:30:00Z' });
    for (const bad of ['../x--2026-03-04T09-30-00', '.x--2026-03-04T09-30-00', 'x', 'a\\b--2026-03-04T09-30-00']) expect(parseBinName(bad)).toBeUndefined();
  });

  it('says when the project is not there', async () => {
    await expect(moveToBin(await tempFolder(), 'gone', NOW)).rejects.toBeInstanceOf(ProjectFolderMissingError);
  });
});
