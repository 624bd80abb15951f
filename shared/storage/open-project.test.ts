import { chmod, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectInvalidError, ProjectTooNewError } from '../model';
import { NotAProjectFolderError, ProjectDamagedError, ProjectFolderMissingError, ProjectRepairError } from './errors';
import { filesIn, projectFolder, release, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { openProject } from './open-project';
import { saveProject } from './save-project';

afterAll(removeTempFolders);

const clock = () => new Date('2026-11-26T03:40:00.123Z');
const KEPT = 'project.corrupt-2026-11-26T03-40-00Z.json';

/** A project whose last save left a good backup (headline "Backed up") and a good project.json. */
async function savedTwice(): Promise<string> {
  const dir = await projectFolder(await tempFolder(), 'harbour-wall', release('Backed up'));
  await saveProject(dir, release('Latest'));
  return dir;
}

describe('openProject', () => {
  it('opens a project, naming it by its folder', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const opened = await openProject(dir);
    expect(opened).toEqual({ dir, name: 'harbour-wall', project: release(), notices: [] });
  });

  it.each([
    ['invalid JSON', '{"format": "pressdesk/project", "version": 1, "id": "6f1c', 'its contents are garbled and are not valid JSON'],
    ['empty', '', 'it is empty'],
    ['NUL-filled', Buffer.alloc(4096), 'it is filled with blank bytes, which usually means the computer lost power or crashed while saving'],
  ])('keeps an %s project.json aside and puts the backup back', async (_label, damaged, damage) => {
    const dir = await savedTwice();
    await writeFile(path.join(dir, 'project.json'), damaged);
    const backup = await readFile(path.join(dir, 'project.json.bak'));

    const opened = await openProject(dir, { now: clock });

    expect(opened.project.release?.headline).toBe('Backed up');
    expect(opened.notices).toEqual([
      `harbour-wall: project.json was damaged (${damage}), so Pressdesk put back the previous save from the backup ` +
        `(project.json.bak). The damaged file has been kept as ${KEPT} in the project folder. ` +
        'Check the project before you carry on: changes from your last save may be missing.',
    ]);
    expect(await readFile(path.join(dir, KEPT))).toEqual(Buffer.from(damaged));
    expect(await readFile(path.join(dir, 'project.json'))).toEqual(backup);
    expect(await filesIn(dir)).toEqual(['assets', KEPT, 'project.json', 'project.json.bak']);
    expect((await openProject(dir)).notices).toEqual([]);
  });

  it('never overwrites a file kept aside earlier', async () => {
    const dir = await savedTwice();
    await writeFile(path.join(dir, 'project.json'), 'first damage');
    await openProject(dir, { now: clock });
    await writeFile(path.join(dir, 'project.json'), 'second damage');

    const opened = await openProject(dir, { now: clock });

    const second = 'project.corrupt-2026-11-26T03-40-00Z-2.json';
    expect(opened.notices[0]).toContain(`kept as ${second}`);
    expect(await readFile(path.join(dir, KEPT), 'utf8')).toBe('first damage');
    expect(await readFile(path.join(dir, second), 'utf8')).toBe('second damage');
  });

  it('without a backup, keeps the damaged file aside and says what to do', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall', '');

    const error = await openProject(dir, { now: clock }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProjectDamagedError);
    expect((error as Error).message).toBe(
      'harbour-wall: project.json is damaged (it is empty) and cannot be repaired, because there is no backup (project.json.bak). ' +
        `The damaged file has been kept as ${KEPT} in the project folder. Put back a copy of project.json from elsewhere ` +
        '(a network drive, an email or your IT backup), or create the project again.',
    );
    expect(await filesIn(dir)).toEqual(['assets', KEPT]);
    // Opening again explains where the file went, rather than only that it is missing.
    await expect(openProject(dir)).rejects.toThrow(`Its project.json was damaged and kept as ${KEPT}`);
  });

  it('does not restore a backup that is itself damaged or invalid', async () => {
    const dir = await savedTwice();
    await writeFile(path.join(dir, 'project.json'), '\0\0\0');
    await writeFile(path.join(dir, 'project.json.bak'), JSON.stringify({ ...release(), status: 'published' }));

    await expect(openProject(dir, { now: clock })).rejects.toThrow(
      'cannot be repaired, because the backup (project.json.bak) is not a valid project either',
    );
    expect(await filesIn(dir)).toEqual(['assets', KEPT, 'project.json.bak']);
  });

  // File modes do not bind root, and Windows uses ACLs instead.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'says plainly when it may not put the backup back, and changes nothing',
    async () => {
      const dir = await savedTwice();
      await writeFile(path.join(dir, 'project.json'), '');
      await chmod(dir, 0o555);
      try {
        const error = await openProject(dir).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ProjectRepairError);
        expect((error as Error).message).toBe(
          'harbour-wall: project.json is damaged (it is empty), and Pressdesk could not put back the backup because you do ' +
            'not have permission to change files there. project.json has not been changed; fix that and open the project again.',
        );
      } finally {
        await chmod(dir, 0o755);
      }
      expect(await filesIn(dir)).toEqual(['assets', 'project.json', 'project.json.bak']);
    },
  );

  it('refuses a project from a newer Pressdesk and leaves it exactly as it was', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall', { ...release(), version: 2, newField: 'kept' });
    const before = await readFile(path.join(dir, 'project.json'));
    const modified = (await stat(path.join(dir, 'project.json'))).mtimeMs;

    const error = await openProject(dir).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProjectTooNewError);
    expect((error as Error).message).toBe(
      'harbour-wall: project.json is format version 2, but this copy of Pressdesk reads up to version 1. ' +
        'The file has not been changed. Update Pressdesk to open it.',
    );
    expect(await readFile(path.join(dir, 'project.json'))).toEqual(before);
    expect((await stat(path.join(dir, 'project.json'))).mtimeMs).toBe(modified);
    expect(await filesIn(dir)).toEqual(['assets', 'project.json']);
  });

  it('reports every problem of a readable but invalid project and does not treat it as damaged', async () => {
    const broken = { ...release(''), status: 'published', people: [{ id: 'p1' }] };
    const dir = await projectFolder(await tempFolder(), 'harbour-wall', broken);
    const before = await readFile(path.join(dir, 'project.json'));

    const error = await openProject(dir).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProjectInvalidError);
    expect((error as ProjectInvalidError).problems.map((problem) => problem.place)).toEqual([
      'status',
      'people[0].name',
      'release.headline',
    ]);
    expect((error as Error).message).toMatch(/^harbour-wall: 3 problems stop this project being used:\n {2}- status: /);
    expect(await readFile(path.join(dir, 'project.json'))).toEqual(before);
    expect(await filesIn(dir)).toEqual(['assets', 'project.json']);
  });

  it('treats JSON that is not a project object as invalid, not damaged', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall', '[]\n');
    await expect(openProject(dir)).rejects.toBeInstanceOf(ProjectInvalidError);
    expect(await filesIn(dir)).toEqual(['assets', 'project.json']);
  });

  it('accepts a byte order mark, which Notepad adds', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall', `\uFEFF${JSON.stringify(release())}`);
    expect((await openProject(dir)).project).toEqual(release());
  });

  it('explains a folder without project.json, and a folder that is not there', async () => {
    const workspace = await tempFolder();
    await mkdir(path.join(workspace, 'holiday-photos'));

    await expect(openProject(path.join(workspace, 'holiday-photos'))).rejects.toThrow(
      new NotAProjectFolderError('holiday-photos', path.join(workspace, 'holiday-photos')),
    );
    await expect(openProject(path.join(workspace, 'holiday-photos'))).rejects.toThrow(
      'holiday-photos is not a Pressdesk project folder: it has no project.json. Choose the folder that contains project.json, or create a new project.',
    );
    const missing = openProject(path.join(workspace, 'gone'));
    await expect(missing).rejects.toBeInstanceOf(ProjectFolderMissingError);
    await expect(missing).rejects.toThrow(`gone: the project folder cannot be found at ${path.join(workspace, 'gone')}.`);
  });

  it('clears temp files left by a save that was cut off long ago, and only those', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const old = path.join(dir, '.project.json.0123456789abcdef.tmp');
    const fresh = path.join(dir, '.project.json.bak.fedcba9876543210.tmp');
    const usersOwn = path.join(dir, 'notes.tmp');
    for (const file of [old, fresh, usersOwn]) await writeFile(file, '{');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, anHourAgo, anHourAgo);
    await utimes(usersOwn, anHourAgo, anHourAgo);

    await openProject(dir);

    expect(await filesIn(dir)).toEqual(['.project.json.bak.fedcba9876543210.tmp', 'assets', 'notes.tmp', 'project.json']);
  });
});
