import { readdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputOf, ProjectDraft } from '../ipc';
import { createDraftCache } from './draft-cache';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

type Release = ProjectDraft & { release: { headline: string; body: { type: string; text?: string }[] } };
const readJson = async (file: string): Promise<Release> => JSON.parse(await readFile(file, 'utf8')) as Release;
const NAME = 'harbour-wall';

/** The answer of a patch that saved (not stale). */
function saved(answer: OutputOf<'project:patch'>): OutputOf<'project:save'> {
  if ('stale' in answer) throw new Error('expected the patch to save');
  return answer;
}

describe('project:patch', () => {
  it('applies the changes to the draft as opened and saves the result as project:save would', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const opened = await call('project:open', { name: NAME });
    expect(opened.revision).toMatch(/\S/);
    const paragraph = (opened.project as Release).release.body.findIndex((block) => block.type === 'paragraph');

    const first = saved(await call('project:patch', { name: NAME, base: opened.revision, changes: [{ path: ['release', 'body', paragraph, 'text'], value: 'Typed by patch.' }] }));
    expect(first).toMatchObject({ savedTo: 'project', updatedAt: '2026-03-04T12:00:00.000Z' });
    expect(first.revision).not.toBe(opened.revision);

    // The same result as a full save of the same draft, byte for byte.
    const expected = structuredClone(opened.project) as Release;
    expected.release.body[paragraph]!.text = 'Typed by patch.';
    const patchedFile = await readFile(path.join(dir, 'project.json'), 'utf8');
    const fullSave = await testHost();
    const fullDir = await copySeed(fullSave.workspace);
    await fullSave.call('project:save', { name: NAME, project: expected });
    expect(patchedFile).toBe(await readFile(path.join(fullDir, 'project.json'), 'utf8'));

    // A second patch builds on the first: from its revision, not the one opened.
    const second = saved(await call('project:patch', { name: NAME, base: first.revision, changes: [{ path: ['release', 'headline'], value: 'Second' }] }));
    const file = await readJson(path.join(dir, 'project.json'));
    expect(file.release.headline).toBe('Second');
    expect(file.release.body[paragraph]!.text).toBe('Typed by patch.');
    expect(second.revision).not.toBe(first.revision);
  });

  it('answers stale, saving nothing, for a base it does not hold (restart, another window, never opened)', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const before = await readFile(path.join(dir, 'project.json'), 'utf8');
    const change = [{ path: ['title'], value: 'Should not be saved' }];
    expect(await call('project:patch', { name: NAME, base: 'never-given', changes: change })).toEqual({ stale: true });

    const first = await call('project:open', { name: NAME });
    const second = await call('project:open', { name: NAME });
    expect(await call('project:patch', { name: NAME, base: first.revision, changes: change })).toEqual({ stale: true });
    // A patch already applied is stale once the host has moved on: it is never applied twice.
    const applied = saved(await call('project:patch', { name: NAME, base: second.revision, changes: [{ path: ['title'], value: 'Once' }] }));
    expect(await call('project:patch', { name: NAME, base: second.revision, changes: change })).toEqual({ stale: true });
    expect((await readJson(path.join(dir, 'project.json'))).title).toBe('Once');
    expect(before).not.toBe(await readFile(path.join(dir, 'project.json'), 'utf8'));

    // A full save gives a revision to patch from too.
    const full = await call('project:save', { name: NAME, project: { ...second.project, title: 'Full' } });
    expect(full.revision).not.toBe(applied.revision);
    saved(await call('project:patch', { name: NAME, base: full.revision, changes: [{ path: ['title'], value: 'After full' }] }));
    expect((await readJson(path.join(dir, 'project.json'))).title).toBe('After full');
  });

  it('keeps an incomplete result as the draft, and the next patch that completes it saves the project', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const { revision } = await call('project:open', { name: NAME });
    const draft = saved(await call('project:patch', { name: NAME, base: revision, changes: [{ path: ['release', 'headline'], value: '' }] }));
    expect(draft.savedTo).toBe('draft');
    expect(draft.problems).toContainEqual(expect.objectContaining({ path: ['release', 'headline'], severity: 'error' }));
    expect((await readJson(path.join(dir, 'project.draft.json'))).release.headline).toBe('');

    const done = saved(await call('project:patch', { name: NAME, base: draft.revision, changes: [{ path: ['release', 'headline'], value: 'Back' }] }));
    expect(done.savedTo).toBe('project');
    expect(await readdir(dir)).not.toContain('project.draft.json');
  });

  it('refuses changes that do not fit the draft with a plain message, and keeps its copy at the base', async () => {
    const { call, refusal, workspace } = await testHost();
    await copySeed(workspace);
    const { revision } = await call('project:open', { name: NAME });
    expect(await refusal('project:patch', { name: NAME, base: revision, changes: [{ path: ['title', 'x'], value: 1 }] })).toBe(
      'harbour-wall: Pressdesk could not apply the latest changes (title is not an object or a list, so nothing inside it can change). Your work is still in the editor; try again.',
    );
    expect(await refusal('project:patch', { name: NAME, base: revision, changes: [{ path: ['__proto__', 'x'], value: 1 }] })).toContain('not allowed (__proto__)');
    expect(await refusal('project:patch', { name: NAME, base: revision, changes: [{ path: ['format'], remove: true }] })).toContain(
      'would leave the project without its format',
    );
    // The contract bounds the request itself.
    expect(await refusal('project:patch', { name: NAME, base: revision, changes: [{ path: Array.from({ length: 13 }, () => 'a'), value: 1 }] })).toMatch(
      /^Pressdesk refused a malformed request \(project:patch\)/,
    );
    expect(await refusal('project:patch', { name: NAME, base: revision, changes: Array.from({ length: 201 }, () => ({ path: ['title'], value: 'x' })) })).toMatch(
      /^Pressdesk refused a malformed request/,
    );
    // None of that moved the host's copy: the base still patches.
    saved(await call('project:patch', { name: NAME, base: revision, changes: [{ path: ['title'], value: 'Still fine' }] }));
  });

  it('keeps its copy at the base when the save fails, so the retry applies to the same draft', async () => {
    const { call, refusal, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const { revision } = await call('project:open', { name: NAME });
    // The folder away (as in the bin) makes the save fail; back again, the same base still applies.
    const bin = `${dir}.gone`;
    await rename(dir, bin);
    expect(await refusal('project:patch', { name: NAME, base: revision, changes: [{ path: ['title'], value: 'Lost?' }] })).toMatch(/harbour-wall/);
    await rename(bin, dir);
    saved(await call('project:patch', { name: NAME, base: revision, changes: [{ path: ['title'], value: 'Not lost' }] }));
    expect((await readJson(path.join(dir, 'project.json'))).title).toBe('Not lost');
  });

  it('runs in the project lane: patches and saves sent together apply in the order they arrived', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const opened = await call('project:open', { name: NAME });
    const [, stale] = await Promise.all([
      call('project:save', { name: NAME, project: { ...opened.project, title: 'Full' } }),
      call('project:patch', { name: NAME, base: opened.revision, changes: [{ path: ['title'], value: 'Patched' }] }),
    ]);
    expect(stale).toEqual({ stale: true });
    expect((await readJson(path.join(dir, 'project.json'))).title).toBe('Full');
  });
});

describe('createDraftCache', () => {
  it('gives each remembered draft a new revision and keeps only the most recently used', () => {
    let counter = 0;
    const cache = createDraftCache(2, () => `r${++counter}`);
    const draft = {} as ProjectDraft;
    expect(cache.remember('a', draft)).toBe('r1');
    expect(cache.remember('b', draft)).toBe('r2');
    expect(cache.remember('a', draft)).toBe('r3');
    cache.remember('c', draft);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual({ revision: 'r3', draft });
  });
});
