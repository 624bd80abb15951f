import { mkdir, open, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AssetMissingError,
  AssetNotAFileError,
  AssetOutsideProjectError,
  AssetTooLargeError,
  ProjectFolderMissingError,
} from './errors';
import { projectFolder, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { MAX_ASSET_BYTES, assetVersion, readAsset } from './read-asset';

afterAll(removeTempFolders);

const PICTURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

let dir: string;
let outside: string;

beforeEach(async () => {
  dir = await projectFolder(await tempFolder(), 'harbour-wall');
  await writeFile(path.join(dir, 'assets', 'harbour.png'), PICTURE);
  outside = await tempFolder();
  await writeFile(path.join(outside, 'secret.txt'), 'not for export');
});

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(
  () => expect.fail('expected readAsset to refuse'),
  (error: unknown) => error,
);

describe('readAsset', () => {
  it('reads a file in the assets folder', async () => {
    expect(Buffer.from(await readAsset(dir, 'assets/harbour.png', 'picture'))).toEqual(PICTURE);
  });

  it('follows a symlink that stays inside the project', async () => {
    await mkdir(path.join(dir, 'assets', 'old'));
    await symlink(path.join(dir, 'assets', 'harbour.png'), path.join(dir, 'assets', 'old', 'wall.png'));
    expect(Buffer.from(await readAsset(dir, 'assets/old/wall.png'))).toEqual(PICTURE);
  });

  it('works when the project folder itself is reached through a symlink', async () => {
    const link = path.join(await tempFolder(), 'shortcut');
    await symlink(dir, link, 'dir');
    expect(Buffer.from(await readAsset(link, 'assets/harbour.png'))).toEqual(PICTURE);
  });

  it('resolves a project folder named through a link and ".." as the file system does, not by the letters', async () => {
    // shortcut/.. is the folder holding what shortcut points to (the project), not the folder holding shortcut.
    const links = await tempFolder();
    await symlink(path.join(dir, 'assets'), path.join(links, 'shortcut'), 'dir');
    await mkdir(path.join(links, 'assets'));
    await writeFile(path.join(links, 'assets', 'harbour.png'), 'not the project’s picture');
    expect(Buffer.from(await readAsset(`${links}/shortcut/..`, 'assets/harbour.png'))).toEqual(PICTURE);
  });

  it.each([
    ['../', '../../secret.txt', 'it goes up out of the folder with ".."'],
    ['.. in the middle', 'assets/../../secret.txt', 'it goes up out of the folder with ".."'],
    ['an absolute POSIX path', '/etc/passwd', 'it is a full path from the top of the disk, not a path inside the project'],
    ['a Windows drive letter', 'C:/Windows/win.ini', 'it starts with a drive letter'],
    ['a backslash', 'assets\\..\\..\\secret.txt', 'it is written with backslashes; write it with forward slashes, like assets/picture.jpg'],
  ])('refuses %s', async (_label, src, reason) => {
    const error = await failure(readAsset(dir, src, 'picture'));
    expect(error).toBeInstanceOf(AssetOutsideProjectError);
    expect((error as AssetOutsideProjectError).reason).toBe(reason);
    expect((error as Error).message).toBe(
      `harbour-wall: the picture "${src}" is not inside the project folder (${reason}). Pressdesk only uses files inside the ` +
        "project's assets folder, so the project still works when it is copied or emailed; copy the file into the assets folder and choose it again.",
    );
  });

  it('refuses a symlinked file that points outside the project', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'assets', 'innocent.png'));
    const error = await failure(readAsset(dir, 'assets/innocent.png'));
    expect(error).toBeInstanceOf(AssetOutsideProjectError);
    expect((error as AssetOutsideProjectError).reason).toBe('it is a shortcut, or symbolic link, to somewhere outside the project folder');
  });

  it('refuses a file inside a symlinked folder that points outside the project', async () => {
    await symlink(outside, path.join(dir, 'assets', 'shared'), 'dir');
    await expect(readAsset(dir, 'assets/shared/secret.txt')).rejects.toBeInstanceOf(AssetOutsideProjectError);
  });

  it('says which picture is missing and what to do', async () => {
    const error = await failure(readAsset(dir, 'assets/pier.png', 'picture'));
    expect(error).toBeInstanceOf(AssetMissingError);
    expect((error as Error).message).toBe(
      `harbour-wall: the picture "assets/pier.png" is missing from the project's assets folder; add the file or choose another picture`,
    );
    await expect(readAsset(dir, 'assets/harbour.png/x.png')).rejects.toBeInstanceOf(AssetMissingError);
    await expect(readAsset(dir, '')).rejects.toBeInstanceOf(AssetOutsideProjectError);
  });

  it('refuses a folder', async () => {
    await mkdir(path.join(dir, 'assets', 'photos'));
    await expect(readAsset(dir, 'assets/photos')).rejects.toBeInstanceOf(AssetNotAFileError);
    await expect(readAsset(dir, 'assets')).rejects.toBeInstanceOf(AssetOutsideProjectError);
  });

  it('refuses a file over 50 MB, checking its size before reading it', async () => {
    const sparse = async (name: string, size: number) => {
      const file = await open(path.join(dir, 'assets', name), 'w');
      await file.truncate(size); // sparse: nothing is written to the test disk
      await file.close();
    };
    await sparse('huge.tif', 64_000_000);
    await sparse('just-over.tif', MAX_ASSET_BYTES + 1);
    await sparse('just-right.tif', MAX_ASSET_BYTES);

    const error = await failure(readAsset(dir, 'assets/huge.tif', 'picture'));
    expect(error).toBeInstanceOf(AssetTooLargeError);
    expect((error as Error).message).toBe(
      'harbour-wall: the picture "assets/huge.tif" is 64 MB, more than the 50 MB Pressdesk accepts; ' +
        'save a smaller copy (for example as a JPEG) into the assets folder and choose that instead',
    );
    await expect(readAsset(dir, 'assets/just-over.tif')).rejects.toThrow('is 50.1 MB, more than the 50 MB');
    expect((await readAsset(dir, 'assets/just-right.tif')).byteLength).toBe(MAX_ASSET_BYTES);
  });

  it('says when the project folder has gone', async () => {
    await expect(readAsset(path.join(outside, 'gone'), 'assets/harbour.png')).rejects.toBeInstanceOf(ProjectFolderMissingError);
  });
});

describe('assetVersion', () => {
  it('stays the same for the same file and changes when the file is replaced', async () => {
    const first = await assetVersion(dir, 'assets/harbour.png', 'logo');
    expect(await assetVersion(dir, 'assets/harbour.png', 'logo')).toBe(first);
    const replacement = path.join(dir, 'assets', 'new.png');
    await writeFile(replacement, Buffer.from([...PICTURE, 4]));
    await rename(replacement, path.join(dir, 'assets', 'harbour.png'));
    expect(await assetVersion(dir, 'assets/harbour.png', 'logo')).not.toBe(first);
  });

  it('refuses what readAsset refuses: a link out of the project, a missing file, a folder, a file too large, a folder gone', async () => {
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'assets', 'innocent.png'));
    await expect(assetVersion(dir, 'assets/innocent.png')).rejects.toBeInstanceOf(AssetOutsideProjectError);
    await expect(assetVersion(dir, '../../secret.txt')).rejects.toBeInstanceOf(AssetOutsideProjectError);
    await expect(assetVersion(dir, 'assets/pier.png')).rejects.toBeInstanceOf(AssetMissingError);
    await mkdir(path.join(dir, 'assets', 'photos'));
    await expect(assetVersion(dir, 'assets/photos')).rejects.toBeInstanceOf(AssetNotAFileError);
    await expect(assetVersion(dir, 'assets/harbour.png', 'logo', { maxBytes: 4 })).rejects.toBeInstanceOf(AssetTooLargeError);
    await expect(assetVersion(path.join(outside, 'gone'), 'assets/harbour.png')).rejects.toBeInstanceOf(ProjectFolderMissingError);
  });
});
