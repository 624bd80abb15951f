import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * Why a relative path (as a URL gives it) may not be served, or undefined when its text is safe. Decoded once:
 * `%2e%2e` and `%2f` would otherwise slip a climb past a check made on the raw text.
 */
function textProblem(relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return 'malformed percent-encoding';
  }
  if (decoded === '') return 'empty';
  if (decoded.includes('\0')) return 'NUL';
  if (decoded.includes('\\')) return 'backslash';
  if (/^[a-zA-Z]:/.test(decoded) || decoded.includes(':')) return 'drive letter or stream name';
  if (decoded.startsWith('/') || path.isAbsolute(decoded)) return 'absolute';
  for (const segment of decoded.split('/')) {
    // `.` and `..` both start with a dot, as do hidden files (.git, .env): none is a project file to serve.
    if (segment === '' || segment.startsWith('.')) return 'empty, climbing or hidden segment';
  }
  return undefined;
}

/**
 * The absolute real path of an existing regular file under `root`, or null when `relative` names anything else:
 * `..` (also percent-encoded), an absolute path, a drive letter, a backslash, NUL, a hidden segment, a folder, a
 * missing file, or a symlink that resolves outside root. `relative` is decoded once with decodeURIComponent,
 * as a URL path would be. Transports serve only what this returns.
 */
export async function resolveInside(root: string, relative: string): Promise<string | null> {
  if (textProblem(relative) !== undefined) return null;
  const segments = decodeURIComponent(relative).split('/');
  try {
    const realRoot = await realpath(root);
    const target = await realpath(path.join(realRoot, ...segments));
    // Compare real paths: only after resolving symlinks (the file's or any folder's) is "inside" meaningful.
    const fromRoot = path.relative(realRoot, target);
    if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) return null;
    const info = await stat(target);
    return info.isFile() ? target : null;
  } catch {
    return null;
  }
}

/**
 * Opens a file `resolveInside` returned, and checks it is still that file now it is open: the path is still its own
 * real path (no folder on it was swapped for a link since the check) and the open file is the one at that path (same
 * device and inode, so a swap there and back is caught too). Transports read from the handle this returns, never
 * from the path again, so what was checked is what is sent. Null when anything moved; the caller closes the handle.
 */
export async function openResolved(file: string): Promise<FileHandle | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (handle === null) return null;
  try {
    const [opened, real] = await Promise.all([handle.stat(), realpath(file)]);
    if (real === file && opened.isFile()) {
      const current = await stat(real);
      if (current.dev === opened.dev && current.ino === opened.ino) return handle;
    }
  } catch {
    // Gone or unreadable since the check: refused like anything else.
  }
  await handle.close();
  return null;
}
