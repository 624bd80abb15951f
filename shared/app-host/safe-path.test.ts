import { mkdir, mkdtemp, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openResolved, resolveInside } from './safe-path';

let top: string;
let root: string;
let outside: string;

beforeAll(async () => {
  top = await realpath(await mkdtemp(path.join(tmpdir(), 'pressdesk-safe-path-')));
  root = path.join(top, 'harbour-wall');
  outside = path.join(top, 'elsewhere');
  await mkdir(path.join(root, 'assets', 'old'), { recursive: true });
  await mkdir(path.join(root, '.git'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(root, 'assets', 'harbour.png'), 'picture');
  await writeFile(path.join(root, 'assets', 'wall 2.png'), 'picture');
  await writeFile(path.join(root, 'assets', '.secret.png'), 'hidden');
  await writeFile(path.join(root, '.git', 'config'), 'hidden');
  await writeFile(path.join(outside, 'secret.txt'), 'not for the window');
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'assets', 'out.png'));
  await symlink(outside, path.join(root, 'assets', 'outdir'), 'dir');
  await symlink(path.join(root, 'assets', 'harbour.png'), path.join(root, 'assets', 'old', 'wall.png'));
});

afterAll(() => rm(top, { recursive: true, force: true }));

describe('resolveInside', () => {
  it('gives the real path of a file inside the root', async () => {
    expect(await resolveInside(root, 'assets/harbour.png')).toBe(path.join(root, 'assets', 'harbour.png'));
  });

  it('decodes a percent-encoded name once', async () => {
    expect(await resolveInside(root, 'assets/wall%202.png')).toBe(path.join(root, 'assets', 'wall 2.png'));
  });

  it('follows a symlink that stays inside, giving the target', async () => {
    expect(await resolveInside(root, 'assets/old/wall.png')).toBe(path.join(root, 'assets', 'harbour.png'));
  });

  it('works when the root itself is reached through a symlink', async () => {
    const link = path.join(top, 'shortcut');
    await symlink(root, link, 'dir');
    expect(await resolveInside(link, 'assets/harbour.png')).toBe(path.join(root, 'assets', 'harbour.png'));
  });

  it.each([
    ['a symlink to a file outside', 'assets/out.png'],
    ['a symlinked folder outside', 'assets/outdir/secret.txt'],
    ['..', '../elsewhere/secret.txt'],
    ['.. in the middle', 'assets/../../elsewhere/secret.txt'],
    ['.. that stays inside', 'assets/../assets/harbour.png'],
    ['percent-encoded ..', '%2e%2e/elsewhere/secret.txt'],
    ['upper-case percent-encoded ..', '%2E%2E%2Felsewhere%2Fsecret.txt'],
    ['an encoded slash hiding ..', 'assets%2f..%2f..%2felsewhere%2fsecret.txt'],
    ['malformed encoding', 'assets/%E0%A4%A.png'],
    ['a lone percent sign', 'assets/100%.png'],
    ['an absolute path', '/etc/hostname'],
    ['an encoded absolute path', '%2Fetc%2Fhostname'],
    ['a drive letter', 'C:/Windows/win.ini'],
    ['a drive letter without a slash', 'c:secret.txt'],
    ['a backslash', 'assets\\harbour.png'],
    ['an encoded backslash', 'assets%5Charbour.png'],
    ['NUL', 'assets/harbour.png\0.txt'],
    ['encoded NUL', 'assets/harbour.png%00'],
    ['a hidden file', 'assets/.secret.png'],
    ['a hidden folder', '.git/config'],
    ['a . segment', './assets/harbour.png'],
    ['an empty segment', 'assets//harbour.png'],
    ['the empty string', ''],
    ['a folder', 'assets'],
    ['a missing file', 'assets/missing.png'],
  ])('refuses %s', async (_label, relative) => {
    expect(await resolveInside(root, relative)).toBeNull();
  });

  it('refuses everything when the root is missing', async () => {
    expect(await resolveInside(path.join(top, 'gone'), 'assets/harbour.png')).toBeNull();
  });
});

describe('openResolved: what was checked is what is read', () => {
  it('opens a checked file and reads its bytes from the handle', async () => {
    const file = await resolveInside(root, 'assets/harbour.png');
    const handle = await openResolved(file!);
    expect(handle).not.toBeNull();
    expect((await handle!.readFile()).toString()).toBe('picture');
    await handle!.close();
  });

  it('refuses when a folder on the checked path was swapped for a link out after the check', async () => {
    await mkdir(path.join(root, 'assets', 'swap'), { recursive: true });
    await writeFile(path.join(root, 'assets', 'swap', 'secret.txt'), 'inside');
    const file = await resolveInside(root, 'assets/swap/secret.txt');
    expect(file).not.toBeNull();
    // Between the check and the read, someone with write access to the project swaps the folder for a link.
    await rename(path.join(root, 'assets', 'swap'), path.join(root, 'assets', 'swap-was'));
    await symlink(outside, path.join(root, 'assets', 'swap'), 'dir');
    expect(await openResolved(file!)).toBeNull();
  });

  it('refuses a file that is gone', async () => {
    expect(await openResolved(path.join(root, 'assets', 'no-such.png'))).toBeNull();
  });
});
