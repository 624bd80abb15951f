import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectInvalidError, ProjectTooNewError, type Project } from '../model';
import { ProjectReplacedError, ProjectSaveError } from './errors';
import { filesIn, projectFolder, release, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { openProject } from './open-project';
import { saveProject } from './save-project';

afterAll(removeTempFolders);

const at = (iso: string) => () => new Date(iso);
const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

describe('saveProject', () => {
  it('refuses to write another project over the one in the folder, whether the file was read here or not', async () => {
    const dir = await projectFolder(await tempFolder(), 'bridge-works');
    const { project } = await openProject(dir);
    const before = await readFile(path.join(dir, 'project.json'), 'utf8');
    const other: Project = { ...project, id: 'another-project', title: 'Typed in an old tab' };
    await expect(saveProject(dir, other)).rejects.toBeInstanceOf(ProjectReplacedError);
    // Changed behind this process's back (another computer on the share): read from the file, not remembered.
    await writeFile(path.join(dir, 'project.json'), before.replace('"title"', '"subtitle": "x", "title"'));
    await expect(saveProject(dir, other)).rejects.toBeInstanceOf(ProjectReplacedError);
    expect(await saveProject(dir, { ...project, title: 'Same project, new words' })).toMatchObject({ id: project.id });
  });

  it('round-trips through open, stamping updatedAt and writing 2-space JSON with a final newline', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const { project } = await openProject(dir);
    const edited: Project = { ...project, status: 'review', title: 'Harbour wall (final)' };

    const saved = await saveProject(dir, edited, { now: at('2026-11-26T03:40:00.000Z') });

    expect(saved.updatedAt).toBe('2026-11-26T03:40:00.000Z');
    const text = await readFile(path.join(dir, 'project.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(saved, null, 2)}\n`);
    const reopened = await openProject(dir);
    expect(reopened.project).toEqual(saved);
    expect(reopened.notices).toEqual([]);
  });

  it('keeps fields this version does not know (a newer version-1 Pressdesk may add them) through open and save', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const file = path.join(dir, 'project.json');
    const raw = (await readJson(file)) as Record<string, Record<string, unknown> & { body: Record<string, unknown>[] }>;
    Object.assign(raw, { futureField: { kept: true } });
    raw.release!.subtitleColour = '#123456';
    raw.release!.body[0]!.lang = 'cy';
    await writeFile(file, JSON.stringify(raw));

    const { project } = await openProject(dir);
    await saveProject(dir, { ...project, title: 'Edited' });

    const saved = (await readJson(file)) as typeof raw;
    expect(saved.futureField).toEqual({ kept: true });
    expect(saved.release!.subtitleColour).toBe('#123456');
    expect(saved.release!.body[0]!.lang).toBe('cy');
    expect(saved.title).toBe('Edited');
  });

  it('keeps the previous save as project.json.bak, byte for byte', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const original = await readFile(path.join(dir, 'project.json'));

    const first = await saveProject(dir, release('Second version'));
    expect(await readFile(path.join(dir, 'project.json.bak'))).toEqual(original);

    await saveProject(dir, release('Third version'));
    expect(await readJson(path.join(dir, 'project.json.bak'))).toEqual(first);
    expect(await filesIn(dir)).toEqual(['assets', 'project.json', 'project.json.bak']);
  });

  it('refuses an invalid project with every problem and leaves the files alone', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const before = await readFile(path.join(dir, 'project.json'));
    const broken = release('');
    broken.status = 'published' as Project['status'];

    const error = await saveProject(dir, broken).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProjectInvalidError);
    expect((error as ProjectInvalidError).problems.map((problem) => problem.place)).toEqual(['status', 'release.headline']);
    expect((error as Error).message).toMatch(/^harbour-wall: 2 problems stop this project being used/);
    expect(await readFile(path.join(dir, 'project.json'))).toEqual(before);
    expect(await filesIn(dir)).toEqual(['assets', 'project.json']);
  });

  it('will not replace a project.json saved by a newer Pressdesk', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall', { ...release(), version: 2 });
    const before = await readFile(path.join(dir, 'project.json'));

    await expect(saveProject(dir, release())).rejects.toBeInstanceOf(ProjectTooNewError);

    expect(await readFile(path.join(dir, 'project.json'))).toEqual(before);
    expect(await filesIn(dir)).toEqual(['assets', 'project.json']);
  });

  it('does not let a damaged project.json replace a good backup', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    await saveProject(dir, release('Good'));
    const goodBackup = await readFile(path.join(dir, 'project.json.bak'));
    await writeFile(path.join(dir, 'project.json'), '{"format": "pressdesk/proj');

    await saveProject(dir, release('Saved over the damage'));

    expect(await readFile(path.join(dir, 'project.json.bak'))).toEqual(goodBackup);
    expect(await readJson(path.join(dir, 'project.json'))).toMatchObject({ release: { headline: 'Saved over the damage' } });
  });

  it('runs saves of one project one after another, in the order asked', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const headlines = Array.from({ length: 12 }, (_, index) => `Version ${index + 1}`);

    await Promise.all(headlines.map((headline) => saveProject(dir, release(headline))));

    expect(await readJson(path.join(dir, 'project.json'))).toMatchObject({ release: { headline: 'Version 12' } });
    expect(await readJson(path.join(dir, 'project.json.bak'))).toMatchObject({ release: { headline: 'Version 11' } });
    expect(await filesIn(dir)).toEqual(['assets', 'project.json', 'project.json.bak']);
  });

  it('says plainly when the folder has gone, and leaves nothing behind', async () => {
    const workspace = await tempFolder();
    const dir = await projectFolder(workspace, 'harbour-wall');
    await rm(dir, { recursive: true });

    const error = await saveProject(dir, release()).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProjectSaveError);
    expect((error as Error).message).toBe(
      'harbour-wall: the project could not be saved because the folder is no longer there. The last saved version is unchanged. Fix that and save again.',
    );
    expect(await filesIn(workspace)).toEqual([]);
  });

  // File modes do not bind root, and Windows uses ACLs instead.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('says plainly when it may not write, and keeps the last save', async () => {
    const dir = await projectFolder(await tempFolder(), 'harbour-wall');
    const before = await readFile(path.join(dir, 'project.json'));
    await chmod(dir, 0o555);
    try {
      const error = await saveProject(dir, release('Blocked')).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProjectSaveError);
      expect((error as Error).message).toContain('because you do not have permission to change files there');
    } finally {
      await chmod(dir, 0o755);
    }
    expect(await readFile(path.join(dir, 'project.json'))).toEqual(before);
  });
});
