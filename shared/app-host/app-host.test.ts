import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../ipc';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

describe('createAppHost', () => {
  it('handles every channel of the contract', async () => {
    const { host } = await testHost();
    expect(Object.keys(host.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('serves project files only inside a project of the workspace', async () => {
    const { host, workspace } = await testHost();
    const dir = await copySeed(workspace);
    expect(await host.projectFile('harbour-wall', 'assets/harbour-wall.jpg')).toBe(path.join(dir, 'assets', 'harbour-wall.jpg'));
    expect(await host.projectFile('harbour-wall', '%2e%2e/harbour-wall/project.json')).toBeNull();
    expect(await host.projectFile('..', 'harbour-wall/project.json')).toBeNull();
    expect(await host.projectFile('.hidden', 'x')).toBeNull();
  });
});
