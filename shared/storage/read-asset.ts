import type { Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { assetPathProblem } from '../model/asset-path'; // not the model's index: that brings every schema and zod
import {
  AssetMissingError,
  AssetNotAFileError,
  AssetOutsideProjectError,
  AssetTooLargeError,
  AssetUnreadableError,
  ProjectFolderMissingError,
  type AssetKind,
} from './errors';
import { errorCode } from './fs-problem';
import { projectName } from './project-paths';

/**
 * 50 MB, counted as a file manager does (1 MB = 1,000,000 bytes) so the number in the message matches what the
 * user sees. Larger files are refused: no picture in a press release needs more, and each is held in memory whole.
 */
export const MAX_ASSET_BYTES = 50_000_000;

export interface ReadAssetOptions {
  /** The size limit in bytes. Default MAX_ASSET_BYTES. */
  readonly maxBytes?: number;
}

/**
 * The bytes of a file a project refers to, by its path in project.json (`assets/harbour.png`). Refuses any
 * path that leads outside the project folder, whether by its text ("..", absolute, drive letter, backslash)
 * or through a symlink, so a project received by email cannot make Pressdesk read other files on the computer.
 * `kind` says what the file is in messages ("the picture …", "the logo …").
 */
export async function readAsset(
  projectDir: string,
  src: string,
  kind: AssetKind = 'file',
  options: ReadAssetOptions = {},
): Promise<Uint8Array> {
  const { target, name } = await locateAsset(projectDir, src, kind, options);
  try {
    return await readFile(target);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new AssetMissingError(name, src, kind);
    throw new AssetUnreadableError(name, src, kind, error);
  }
}

/**
 * A string that changes whenever the file readAsset would read changes (its real path, device, inode, size, and
 * modification and change times), checked and refused exactly as readAsset checks, without reading the file: for
 * callers that keep what they made from a file (export keeps a brand's prepared logos and fonts) and need not read
 * and hash hundreds of kilobytes again to know it is the same.
 */
export async function assetVersion(projectDir: string, src: string, kind: AssetKind = 'file', options: ReadAssetOptions = {}): Promise<string> {
  const { target, info } = await locateAsset(projectDir, src, kind, options, { forVersion: true });
  return [target, info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join('\0');
}

async function locateAsset(
  projectDir: string,
  src: string,
  kind: AssetKind,
  options: ReadAssetOptions,
  { forVersion = false }: { forVersion?: boolean } = {},
): Promise<{ target: string; name: string; info: Stats }> {
  const name = projectName(projectDir);
  const maxBytes = options.maxBytes ?? MAX_ASSET_BYTES;

  const reason = assetPathProblem(src);
  if (reason !== undefined) throw new AssetOutsideProjectError(name, src, kind, reason);
  if (src.trim() === '') throw new AssetMissingError(name, src, kind);

  // A real path runs through real folders only, so a file whose real path is under the project folder's path as given
  // is inside the folder, and the folder's own real path need not be worked out: one look at the disk fewer for each
  // file (export looks at every brand file at every export). That holds when the path is absolute and normalised, so
  // that joining a file's path to it is what joining to its real path would be; otherwise, and for a file not under
  // it (the folder is reached through a link, or named in another case), the folder's real path decides.
  const given = path.resolve(projectDir) === projectDir;
  let root = given ? projectDir : await realFolder(projectDir, name);
  const joined = path.join(root, ...src.split('/'));
  // A version is only ever compared with one made before, never read from, so assetVersion looks at the file while its
  // real path is worked out, one wait instead of two: a file swapped in between can only make the version differ.
  // readAsset looks at the very file it will read, once it knows where that is.
  const looking = forVersion ? stat(joined) : undefined;
  looking?.catch(() => undefined); // its failure is reported below, unless the file is refused first
  let target: string;
  try {
    target = await realpath(joined);
  } catch (error) {
    if (given) await realFolder(projectDir, name); // a folder that has gone is said as such, not as a missing file
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new AssetMissingError(name, src, kind);
    throw new AssetUnreadableError(name, src, kind, error);
  }
  // Compare real paths: only after resolving symlinks (the file's or any folder's) is "inside" meaningful.
  if (given && !isInside(root, target)) root = await realFolder(projectDir, name);
  if (!isInside(root, target)) {
    throw new AssetOutsideProjectError(name, src, kind, 'it is a shortcut, or symbolic link, to somewhere outside the project folder');
  }

  let info: Stats;
  try {
    // Check the size before reading, and the type before opening: opening a named pipe would wait forever.
    info = await (looking ?? stat(target));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new AssetMissingError(name, src, kind);
    throw new AssetUnreadableError(name, src, kind, error);
  }
  if (!info.isFile()) throw new AssetNotAFileError(name, src, kind);
  if (info.size > maxBytes) throw new AssetTooLargeError(name, src, kind, info.size, maxBytes);
  return { target, name, info };
}

async function realFolder(projectDir: string, name: string): Promise<string> {
  try {
    return await realpath(projectDir);
  } catch {
    throw new ProjectFolderMissingError(name, path.resolve(projectDir));
  }
}

const isInside = (root: string, target: string): boolean => {
  const relative = path.relative(root, target);
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
};
