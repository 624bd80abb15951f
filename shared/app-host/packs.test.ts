import { cp, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProject, type Person, type Release } from '../model';
import { removeTempFolders, testHost } from './host.test-helper';
import { keepIdsApart, releaseHash, stableJson } from './release-source';

afterAll(removeTempFolders);

const JOINT = fileURLToPath(new URL('../../examples/joint-inspection-2023/', import.meta.url));

interface Saved {
  title: string;
  people: Person[];
  release: Release;
  pack: { title: string; audience?: string; classification: string | null; sections: { type: string; title: string }[] };
}
const read = async (file: string): Promise<Saved> => JSON.parse(await readFile(file, 'utf8')) as Saved;

async function workspaceWithJoint() {
  const host = await testHost();
  await cp(JOINT, path.join(host.workspace, 'joint'), { recursive: true });
  const { name } = await host.call('projects:create', { title: 'Inspection briefing', kind: 'pack', pack: { classification: 'OFFICIAL-SENSITIVE', usualSections: true, audience: 'Elected members' } });
  return { ...host, pack: name };
}

describe('projects:create for a briefing pack', () => {
  it('starts with the marking, audience and the usual (empty) sections, and the result validates', async () => {
    const { workspace, pack } = await workspaceWithJoint();
    const saved = await read(path.join(workspace, pack, 'project.json'));
    expect(saved.pack).toMatchObject({ title: 'Inspection briefing', audience: 'Elected members', classification: 'OFFICIAL-SENSITIVE', date: '2026-03-04' });
    expect(saved.pack.sections.map((section) => section.type)).toEqual(['text', 'messages', 'qa', 'timeline', 'contacts']);
    expect(parseProject(saved).ok).toBe(true);
  });

  it('starts with no sections and no marking when asked, and refuses malformed details', async () => {
    const { call, refusal, workspace } = await testHost();
    const { name } = await call('projects:create', { title: 'Bare pack', kind: 'pack', pack: { classification: null, usualSections: false } });
    expect((await read(path.join(workspace, name, 'project.json'))).pack).toMatchObject({ classification: null, sections: [] });
    expect(await refusal('projects:create', { title: 'x', kind: 'pack', pack: { classification: 7 } })).toContain('malformed request');
    expect(await refusal('projects:create', { title: 'x', kind: 'pack', pack: { sections: [] } })).toContain('malformed request');
  });
});

describe('pack:include-release', () => {
  it('copies the release, the people its quotes name and its pictures, with where it came from', async () => {
    const { call, workspace, pack } = await workspaceWithJoint();
    const source = await read(path.join(workspace, 'joint', 'project.json'));
    const included = await call('pack:include-release', { name: pack, from: 'joint', people: [] });
    expect(included.release.headline).toBe(source.release.headline);
    expect(included.people.map((person) => person.id)).toEqual(['ralph-roberts', 'catriona-paton', 'david-robertson', 'caroline-cochrane'].filter((id) => included.people.some((p) => p.id === id)));
    expect(included.source).toMatchObject({ name: 'joint', title: source.title, copiedAt: '2026-03-04T12:00:00.000Z', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const image = (included.release as Release).body.find((block) => block.type === 'image');
    expect(image).toMatchObject({ src: 'assets/included/joint/news-newspaper.jpg' });
    expect((await stat(path.join(workspace, pack, 'assets', 'included', 'joint', 'news-newspaper.jpg'))).size).toBeGreaterThan(0);
    // The section the editor would make validates as part of the pack.
    const project = await read(path.join(workspace, pack, 'project.json'));
    const withSection = { ...project, people: included.people, pack: { ...project.pack, sections: [{ type: 'release', title: 'Press release', release: included.release, source: included.source }] } };
    expect(parseProject(withSection)).toMatchObject({ ok: true });
  });

  it('refuses a pack, itself, a missing project and malformed payloads in plain words', async () => {
    const { call, refusal, pack } = await workspaceWithJoint();
    await call('projects:create', { title: 'Other pack', kind: 'pack' });
    expect(await refusal('pack:include-release', { name: pack, from: 'other-pack', people: [] })).toBe(
      `${pack}: other-pack is a briefing pack, not a release; choose a release project to include.`,
    );
    expect(await refusal('pack:include-release', { name: pack, from: pack, people: [] })).toContain('cannot include itself');
    expect(await refusal('pack:include-release', { name: pack, from: 'nowhere', people: [] })).toMatch(/^inspection-briefing: the release in nowhere could not be included/);
    expect(await refusal('pack:include-release', { name: pack, from: '../joint', people: [] })).toContain('malformed request');
    expect(await refusal('pack:include-release', { name: pack, from: 'joint', people: [{ id: 'p' }] })).toContain('malformed request');
    expect(await refusal('pack:include-release', { name: pack, from: 'joint' })).toContain('malformed request');
  });
});

describe('pack:check-sources', () => {
  it('says same, then changed after an edit, follows a renamed folder, and says missing when gone', async () => {
    const { call, refusal, workspace, pack } = await workspaceWithJoint();
    const { source } = await call('pack:include-release', { name: pack, from: 'joint', people: [] });
    expect((await call('pack:check-sources', { sources: [source] })).states).toEqual([expect.objectContaining({ state: 'same', name: 'joint' })]);

    const file = path.join(workspace, 'joint', 'project.json');
    const project = await read(file);
    await writeFile(file, JSON.stringify({ ...project, status: 'issued' }));
    expect((await call('pack:check-sources', { sources: [source] })).states[0]?.state).toBe('same'); // status does not print in the pack
    await writeFile(file, JSON.stringify({ ...project, release: { ...project.release, headline: 'A new headline' } }));
    const [changed] = (await call('pack:check-sources', { sources: [source] })).states;
    expect(changed).toMatchObject({ state: 'changed', name: 'joint' });
    expect(changed?.message).toContain('has changed since this release was copied');

    await rename(path.join(workspace, 'joint'), path.join(workspace, 'joint-renamed'));
    expect((await call('pack:check-sources', { sources: [source] })).states[0]).toMatchObject({ state: 'changed', name: 'joint-renamed' });

    await writeFile(path.join(workspace, 'joint-renamed', 'project.json'), JSON.stringify({ ...project, id: 'someone-else' }));
    expect((await call('pack:check-sources', { sources: [source] })).states[0]).toMatchObject({ state: 'missing', name: null });
    expect(await refusal('pack:check-sources', { sources: [{ ...source, name: '..' }] })).toContain('malformed request');
    expect(await refusal('pack:check-sources', { sources: 'all' })).toContain('malformed request');
  });
});

describe('release-source', () => {
  const person = (id: string, role: string): Person => ({ id, name: `Name ${id}`, role });
  const release = (speakers: string[]): Release =>
    ({ headline: 'H', date: '2026-03-04', body: [{ type: 'quote', speakers, paragraphs: ['Words'] }], notes: [], contacts: [] }) as Release;

  it('fingerprints content, not key order, and changes with a speaker’s role', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(releaseHash(release(['p1']), [person('p1', 'Leader')])).toBe(releaseHash(release(['p1']), [{ role: 'Leader', name: 'Name p1', id: 'p1' }]));
    expect(releaseHash(release(['p1']), [person('p1', 'Leader')])).not.toBe(releaseHash(release(['p1']), [person('p1', 'Deputy')]));
  });

  it('keeps an id the pack uses for the same person, and renames one it uses for someone else', () => {
    const same = keepIdsApart(release(['p1']), [person('p1', 'Leader')], [person('p1', 'Leader')]);
    expect(same.people.map((p) => p.id)).toEqual(['p1']);
    const clash = keepIdsApart(release(['p1', 'p2']), [person('p1', 'Leader'), person('p2', 'Chief')], [person('p1', 'Other'), person('p1-2', 'Taken')]);
    expect(clash.people.map((p) => p.id)).toEqual(['p1-3', 'p2']);
    expect(clash.release.body[0]).toMatchObject({ speakers: ['p1-3', 'p2'] });
  });
});
