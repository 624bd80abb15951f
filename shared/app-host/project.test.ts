import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectDraft } from '../ipc';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

const readJson = async (file: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

describe('project:open, project:save, project:check', () => {
  it('refuses a malformed request with a plain message', async () => {
    const { refusal } = await testHost();
    expect(await refusal('project:save', { name: '../etc', project: {} })).toMatch(/^Pressdesk refused a malformed request \(project:save\): name: /);
    expect(await refusal('project:open', { name: '.hidden' })).toContain('project:open');
    expect(await refusal('project:check', { project: { format: 'nope' } })).toContain('project.format');
  });

  it('saves a valid project to project.json and an incomplete one to project.draft.json, losing nothing', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const opened = await call('project:open', { name: 'harbour-wall' });
    expect(opened.problems.filter((problem) => problem.severity === 'error')).toEqual([]);

    const typing = structuredClone(opened.project) as ProjectDraft & { release: { headline: string } };
    typing.release.headline = '';
    const draft = await call('project:save', { name: 'harbour-wall', project: typing });
    expect(draft.savedTo).toBe('draft');
    expect(draft.problems).toContainEqual(expect.objectContaining({ path: ['release', 'headline'], severity: 'error' }));
    expect((await readJson(path.join(dir, 'project.draft.json'))).release).toMatchObject({ headline: '' });
    // project.json still holds the last valid save.
    expect(((await readJson(path.join(dir, 'project.json'))).release as { headline: string }).headline).not.toBe('');

    const reopened = await call('project:open', { name: 'harbour-wall' });
    expect((reopened.project as typeof typing).release.headline).toBe('');
    expect(reopened.notices.join('\n')).toMatch(/^Pressdesk kept changes that were not yet complete enough to save as the project \(release.headline: .*\); they are loaded here\. Fix the problems listed to save them\.$/m);

    typing.release.headline = 'Harbour wall reopens';
    const saved = await call('project:save', { name: 'harbour-wall', project: typing });
    expect(saved.savedTo).toBe('project');
    expect(await readdir(dir)).not.toContain('project.draft.json');
    expect(((await readJson(path.join(dir, 'project.json'))).release as { headline: string }).headline).toBe('Harbour wall reopens');
  });

  it('keeps saves of one project in order, so a later draft is never removed by an earlier save', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const { project } = await call('project:open', { name: 'harbour-wall' });
    const broken = { ...structuredClone(project), title: '' } as ProjectDraft;
    await Promise.all([call('project:save', { name: 'harbour-wall', project }), call('project:save', { name: 'harbour-wall', project: broken })]);
    expect((await readJson(path.join(dir, 'project.draft.json'))).title).toBe('');
  });

  it('opens an invalid but readable project.json for editing, with its problems', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const raw = await readJson(path.join(dir, 'project.json'));
    (raw.release as { headline: string }).headline = '   ';
    await writeFile(path.join(dir, 'project.json'), JSON.stringify(raw));
    const opened = await call('project:open', { name: 'harbour-wall' });
    expect(opened.problems).toContainEqual(expect.objectContaining({ path: ['release', 'headline'], severity: 'error' }));
  });

  it('refuses a project.json from a newer Pressdesk with the ProjectTooNewError message', async () => {
    const { refusal, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const raw = await readJson(path.join(dir, 'project.json'));
    await writeFile(path.join(dir, 'project.json'), JSON.stringify({ ...raw, version: 9 }));
    expect(await refusal('project:open', { name: 'harbour-wall' })).toContain('project.json is format version 9, but this copy of Pressdesk reads up to version 1');
  });

  it('adds the editorial checks to the schema problems', async () => {
    const { call, workspace } = await testHost();
    await copySeed(workspace);
    const { project } = await call('project:open', { name: 'harbour-wall' });
    const approved = { ...structuredClone(project), status: 'approved' } as ProjectDraft & { release: { body: { type: string; approval?: unknown }[] } };
    for (const block of approved.release.body) if (block.type === 'quote') block.approval = null;
    const { problems } = await call('project:check', { project: approved });
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((problem) => problem.path.at(-1) === 'approval')).toBe(true);
  });

  it('says the project folder is missing rather than recreating it for a draft', async () => {
    const { call, refusal, workspace } = await testHost();
    await copySeed(workspace);
    const { project } = await call('project:open', { name: 'harbour-wall' });
    expect(await refusal('project:save', { name: 'gone', project: { ...project, title: '' } })).toContain('gone: the project folder cannot be found');
    expect(await readdir(workspace)).toEqual(['harbour-wall']);
  });
});
