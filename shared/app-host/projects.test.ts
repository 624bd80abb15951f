import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

describe('projects:*', () => {
  it('lists projects with their date of issue, and broken ones with their problem', async () => {
    const { call, workspace } = await testHost();
    await copySeed(workspace);
    await mkdir(path.join(workspace, 'broken'));
    await writeFile(path.join(workspace, 'broken', 'project.json'), '{"format":"pressdesk/project","version":1}');
    const { rows } = await call('projects:list', {});
    expect(rows.map((row) => [row.name, row.ok])).toEqual([
      ['broken', false],
      ['harbour-wall', true],
    ]);
    expect(rows[1]).toMatchObject({ kind: 'release', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(rows[0]?.problem).toContain('Open the project to see them all');
  });

  it('creates a blank release, and refuses an empty title plainly', async () => {
    const { call, refusal } = await testHost();
    expect(await call('projects:create', { title: 'Harbour wall reopens', kind: 'release' })).toEqual({ name: 'harbour-wall-reopens' });
    expect(await refusal('projects:create', { title: '  ', kind: 'release' })).toBe(
      'Give the new project a title, such as "Harbour wall reopens"; you can change it later.',
    );
    expect(await refusal('projects:create', { title: 'x', kind: 'leaflet' })).toContain('malformed request');
  });

  it('copies a project as a fresh draft: new id, no approvals or embargo, dated today, assets but not exports', async () => {
    const { call, workspace } = await testHost();
    const source = await copySeed(workspace);
    await mkdir(path.join(source, 'exports'), { recursive: true });
    await writeFile(path.join(source, 'exports', 'old.pdf'), 'pdf');
    const original = JSON.parse(await readFile(path.join(source, 'project.json'), 'utf8')) as { id: string };
    const { name } = await call('projects:create', { title: 'Harbour wall, a year on', kind: 'pack', copyFrom: 'harbour-wall' });
    expect(name).toBe('harbour-wall-a-year-on');
    const copy = JSON.parse(await readFile(path.join(workspace, name, 'project.json'), 'utf8')) as {
      id: string; title: string; status: string; kind: string;
      release: { date: string; embargo: unknown; body: { type: string; approval?: unknown }[] };
    };
    expect(copy).toMatchObject({ title: 'Harbour wall, a year on', status: 'draft', kind: 'release' });
    expect(copy.id).not.toBe(original.id);
    expect(copy.release.date).toBe('2026-03-04');
    expect(copy.release.embargo).toBeNull();
    expect(copy.release.body.filter((block) => block.type === 'quote').every((block) => block.approval === null)).toBe(true);
    expect(await readdir(path.join(workspace, name, 'assets'))).toEqual(await readdir(path.join(source, 'assets')));
    expect(await readdir(path.join(workspace, name, 'exports'))).toEqual([]);
    expect(await readdir(path.join(workspace, name))).not.toContain('project.json.bak');
  });

  it('moves a deleted project to the bin, lists it, and restores it under a free name', async () => {
    const { call, workspace } = await testHost();
    await copySeed(workspace);
    const { binName } = await call('projects:delete', { name: 'harbour-wall' });
    expect(binName).toBe('harbour-wall--2026-03-04T12-00-00');
    expect((await call('projects:list', {})).rows).toEqual([]);
    const { rows } = await call('projects:bin', {});
    expect(rows).toEqual([{ binName, title: expect.any(String), deletedAt: '2026-03-04T12:00:00Z' }]);
    expect(rows[0]?.title).not.toBe('harbour-wall');

    await copySeed(workspace); // a new project took the name meanwhile
    expect(await call('projects:restore', { binName })).toEqual({ name: 'harbour-wall-2' });
    expect((await call('projects:bin', {})).rows).toEqual([]);
  });

  it('refuses to restore what is not in the bin, including a name that climbs', async () => {
    const { refusal } = await testHost();
    expect(await refusal('projects:restore', { binName: '../harbour-wall--2026-03-04T12-00-00' })).toContain('is not in the bin any more');
    expect(await refusal('projects:delete', { name: 'nothing-here' })).toContain('nothing-here: the project folder cannot be found');
  });
});
