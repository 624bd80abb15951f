import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DRAFT_FILE, readDraft, removeDraft, writeDraft } from './draft';
import { ProjectFolderMissingError, ProjectReplacedError } from './errors';
import { removeTempFolders, tempFolder } from './fixtures.test-helper';

afterAll(removeTempFolders);

describe('project.draft.json', () => {
  it('writes a draft stamped with its time, reads it back, and removes it', async () => {
    const dir = path.join(await tempFolder(), 'harbour-wall');
    await mkdir(dir);
    expect(await readDraft(dir)).toBeUndefined();
    await writeDraft(dir, { id: 'p1', title: '' }, '2026-03-04T12:00:00.000Z');
    expect(JSON.parse(await readFile(path.join(dir, DRAFT_FILE), 'utf8'))).toEqual({ id: 'p1', title: '', updatedAt: '2026-03-04T12:00:00.000Z' });
    expect(await readDraft(dir)).toEqual({
      ok: true,
      value: { id: 'p1', title: '', updatedAt: '2026-03-04T12:00:00.000Z' },
      writtenAt: Date.parse('2026-03-04T12:00:00Z'),
    });
    await removeDraft(dir);
    await removeDraft(dir); // already gone is fine
    expect(await readDraft(dir)).toBeUndefined();
  });

  it('reports a damaged draft instead of throwing', async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, DRAFT_FILE), '{ "title": ');
    expect(await readDraft(dir)).toEqual({ ok: false, problem: 'is damaged (its contents are garbled and are not valid JSON)' });
  });

  it('never recreates a project folder that has gone', async () => {
    await expect(writeDraft(path.join(await tempFolder(), 'gone'), { id: 'p1' }, '2026-03-04T12:00:00Z')).rejects.toBeInstanceOf(ProjectFolderMissingError);
  });

  it('refuses a draft of another project than the one in project.json (deleted and re-made under the same name)', async () => {
    const dir = path.join(await tempFolder(), 'bridge-works');
    await mkdir(dir);
    await writeFile(path.join(dir, 'project.json'), JSON.stringify({ id: 'new-project' }));
    await expect(writeDraft(dir, { id: 'old-project', title: '' }, '2026-03-04T12:00:00Z')).rejects.toBeInstanceOf(ProjectReplacedError);
    expect(await readDraft(dir)).toBeUndefined();
  });
});
