import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectDraft } from '../ipc';
import { copySeed, removeTempFolders, tempFolder, testHost } from './host.test-helper';

afterAll(removeTempFolders);

/** Boundaries a security review tried to cross: each case here was reproduced against the host before it was fixed. */
describe('what the host refuses to reach', () => {
  it('serves a project’s pictures from assets/ only, and nothing of a link, the bin or a folder that is no project', async () => {
    const { host, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const [first] = await readdir(path.join(dir, 'assets'));
    expect(await host.projectFile('harbour-wall', `assets/${first}`)).toBe(path.join(dir, 'assets', first!));
    expect(await host.projectFile('harbour-wall', 'project.json')).toBeNull();
    expect(await host.projectFile('harbour-wall', 'assets/../project.json')).toBeNull();

    const outside = await tempFolder();
    await mkdir(path.join(outside, 'assets'));
    await writeFile(path.join(outside, 'project.json'), '{}');
    await writeFile(path.join(outside, 'assets', 'secret.png'), 'not yours');
    await symlink(outside, path.join(workspace, 'linked'));
    expect(await host.projectFile('linked', 'assets/secret.png')).toBeNull();

    await mkdir(path.join(workspace, 'bin', 'old--2026-01-01T00-00-00', 'assets'), { recursive: true });
    await writeFile(path.join(workspace, 'bin', 'old--2026-01-01T00-00-00', 'assets', 'a.png'), 'x');
    expect(await host.projectFile('bin', 'old--2026-01-01T00-00-00/assets/a.png')).toBeNull();

    await mkdir(path.join(workspace, 'not-a-project', 'assets'), { recursive: true });
    await writeFile(path.join(workspace, 'not-a-project', 'assets', 'a.png'), 'x');
    expect(await host.projectFile('not-a-project', 'assets/a.png')).toBeNull();
  });

  it('refuses to open or save a project folder that is a link to elsewhere', async () => {
    const { refusal, workspace } = await testHost();
    const elsewhere = await tempFolder();
    await copySeed(elsewhere, 'real');
    await symlink(path.join(elsewhere, 'real'), path.join(workspace, 'linked'));
    expect(await refusal('project:open', { name: 'linked' })).toMatch(/is a link to a folder elsewhere/);
  });

  it('never saves an old editor’s project over a new one made under the same folder name', async () => {
    const { call, refusal, workspace } = await testHost();
    const { name } = await call('projects:create', { title: 'Bridge works', kind: 'release' });
    const old = await call('project:open', { name });
    await call('projects:delete', { name });
    const again = await call('projects:create', { title: 'Bridge works', kind: 'release' });
    expect(again.name).toBe(name);
    const before = await readFile(path.join(workspace, name, 'project.json'), 'utf8');

    const stale: ProjectDraft = { ...old.project, title: 'Typed in the old tab' };
    expect(await refusal('project:save', { name, project: stale })).toMatch(/deleted or replaced/);
    // The host still holds the old editor's copy at that revision, so the patch applies to it, and is refused on saving.
    expect(await refusal('project:patch', { name, base: old.revision, changes: [{ path: ['title'], value: 'Typed in the old tab' }] })).toMatch(
      /deleted or replaced/,
    );
    expect(await readFile(path.join(workspace, name, 'project.json'), 'utf8')).toBe(before);
  });

  it('gives a project called "Bin" a folder that is not the bin, and lists it', async () => {
    const { call } = await testHost();
    const { name } = await call('projects:create', { title: 'Bin', kind: 'release' });
    expect(name).toBe('bin-project');
    expect((await call('projects:list', {})).rows.map((row) => row.title)).toEqual(['Bin']);
  });

  it('opens only the Word and PDF files export wrote, not anything left in an exports folder', async () => {
    const { call, refusal, workspace } = await testHost({ openPath: async () => undefined });
    const dir = await copySeed(workspace);
    await call('export:run', { name: 'harbour-wall', formats: ['pdf'] });
    await writeFile(path.join(dir, 'exports', 'invoice.exe'), 'MZ');
    expect(await refusal('export:open', { path: path.join(dir, 'exports', 'invoice.exe') })).toMatch(/only opens files it exported/);
  });
});
