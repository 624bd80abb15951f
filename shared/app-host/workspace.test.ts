import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppHost } from './app-host';
import { dispatch } from './dispatch';
import { removeTempFolders, tempFolder, testHost } from './host.test-helper';

afterAll(removeTempFolders);

describe('workspace:get and workspace:set', () => {
  it('creates the default workspace on first use, and ignores a corrupt settings file', async () => {
    const top = await tempFolder();
    const settingsFile = path.join(top, 'settings.json');
    await writeFile(settingsFile, '{ not json');
    const host = createAppHost({ settingsFile, defaultWorkspace: path.join(top, 'Documents', 'Pressdesk'), projectFileUrl: () => '' });
    expect(await dispatch(host.handlers, 'workspace:get', {})).toEqual({ ok: true, value: { folder: path.join(top, 'Documents', 'Pressdesk'), exists: true } });
  });

  it('remembers a chosen folder, and refuses one that does not exist without creating it', async () => {
    const { call, refusal, settingsFile } = await testHost();
    const chosen = path.join(await tempFolder(), 'Press');
    await mkdir(chosen);
    expect(await call('workspace:set', { folder: chosen })).toEqual({ folder: chosen, exists: true });
    expect(JSON.parse(await readFile(settingsFile, 'utf8'))).toEqual({ workspace: chosen });
    expect(await call('workspace:get', {})).toEqual({ folder: chosen, exists: true });

    const missing = path.join(chosen, 'nope');
    expect(await refusal('workspace:set', { folder: missing })).toBe(
      `The folder ${missing} cannot be found, so Pressdesk cannot keep projects there. Check the drive is connected, or choose another folder.`,
    );
    expect(await refusal('workspace:set', { folder: '' })).toContain('malformed request');
  });

  it('lets the desktop choose the folder with the system dialog; a cancel keeps the current one', async () => {
    const chosen = path.join(await tempFolder(), 'Shared press office');
    await mkdir(chosen);
    let answer: string | null = chosen;
    const { call, workspace } = await testHost({ chooseFolder: async () => answer });
    expect(await call('workspace:choose', {})).toEqual({ folder: chosen, exists: true, chosen: true });
    expect(await call('workspace:get', {})).toEqual({ folder: chosen, exists: true });
    answer = null;
    expect(await call('workspace:choose', {})).toEqual({ folder: chosen, exists: true, chosen: false });
    expect(workspace).not.toBe(chosen);
  });

  it('says the dialog needs the desktop app in the web host', async () => {
    const { refusal } = await testHost();
    expect(await refusal('workspace:choose', {})).toMatch(/needs the desktop app/);
  });
});
