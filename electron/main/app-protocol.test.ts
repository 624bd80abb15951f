import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from '../../shared/app-host/safe-path';
import { resolveAppUrl, type AppFiles } from './app-protocol';

let root: string;
let files: AppFiles;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pd-app-protocol-'));
  const renderer = join(root, 'renderer');
  const project = join(root, 'workspace', 'harbour');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await mkdir(join(project, 'assets'), { recursive: true });
  await writeFile(join(root, 'outside.txt'), 'TOP SECRET');
  await writeFile(join(renderer, 'index.html'), '<!doctype html>');
  await writeFile(join(renderer, 'assets', 'app.js'), '');
  await writeFile(join(project, 'assets', 'harbour wall.png'), '');
  await symlink(join(root, 'outside.txt'), join(renderer, 'assets', 'link.js'));
  await symlink(join(root, 'outside.txt'), join(project, 'assets', 'escape.png'));
  files = {
    rendererDir: renderer,
    // Stands in for AppHost.projectFile: one known project, checked with the same resolver.
    projectFile: async (name, src) => (name === 'harbour' ? resolveInside(project, src) : null),
  };
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// URLs', () => {
  it('serves the renderer build and project files', async () => {
    expect(await resolveAppUrl('app://app/index.html', files)).toBe(join(files.rendererDir, 'index.html'));
    expect(await resolveAppUrl('app://app/', files)).toBe(join(files.rendererDir, 'index.html'));
    expect(await resolveAppUrl('app://app/assets/app.js?v=1#top', files)).toBe(join(files.rendererDir, 'assets', 'app.js'));
    expect(await resolveAppUrl('app://project/harbour/assets/harbour%20wall.png', files)).toBe(join(root, 'workspace', 'harbour', 'assets', 'harbour wall.png'));
  });

  it.each([
    'app://app/../outside.txt',
    'app://app/assets/../../outside.txt',
    'app://app/%2e%2e/outside.txt',
    'app://app/%2E%2E%2Foutside.txt',
    'app://app//etc/passwd',
    'app://app/%2Fetc%2Fpasswd',
    'app://app/C:%5CWindows%5Cwin.ini',
    'app://app/assets/link.js',
    'app://app/assets',
    'app://app/missing.js',
    'app://project/harbour/../../outside.txt',
    'app://project/harbour/%2e%2e/%2e%2e/outside.txt',
    'app://project/harbour/assets/escape.png',
    'app://project/%2e%2e/outside.txt',
    'app://project/harbour',
    'app://project/elsewhere/assets/harbour%20wall.png',
    'app://elsewhere/index.html',
    'app:///index.html',
    'file:///etc/passwd',
    'https://example.com/index.html',
  ])('refuses %s', async (url) => {
    expect(await resolveAppUrl(url, files)).toBeNull();
  });
});
