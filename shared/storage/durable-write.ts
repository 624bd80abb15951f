import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from './fs-problem';

/*
 * Why not lowdb's own writer (steno): it writes a temp file and renames it, but never fsyncs, so after a
 * power cut the rename can reach the disk before the data and leave project.json empty or full of zero bytes.
 * It also uses one fixed temp name per file, so two writers of the same file trample each other's temp file.
 */

/** A temp file is named `.project.json.3f9a0c…(16 hex).tmp`: hidden on macOS and Linux, and recognisable as ours. */
const tempPath = (file: string): string =>
  path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);

/** The temp files a project folder can hold, for project.json and its backup; nothing a user could have made. */
const PROJECT_TEMP_FILE = /^\.project\.json(\.bak)?\.[0-9a-f]{16}\.tmp$/;

/**
 * Replaces `file` with `data` so that, whenever the process or the computer stops, the file holds either
 * its old contents or the new ones, never a mixture: write a temp file beside it, flush it to the disk,
 * rename it over the file, then flush the folder so the rename itself survives a power cut.
 */
export async function replaceFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPath(file);
  await writeNewFileSynced(temp, data);
  try {
    await renameWithRetry(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(path.dirname(file));
}

/**
 * Makes `target` another name for `source`'s current contents, which are already on the disk: a hard link made
 * under a temp name and renamed over `target`, so no data is written or flushed (a backup of a 1 MB project cost a
 * second fsync on every save). Where the file system has no hard links (FAT, some network shares), `bytes` (the
 * source's contents) are written durably instead. The folder is not flushed: the caller's next durable write in it
 * does that, and until then the old target is still whole.
 */
export async function linkOrReplaceDurably(source: string, target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempPath(target);
  try {
    await link(source, temp);
  } catch {
    await replaceFileDurably(target, bytes);
    return;
  }
  try {
    await renameWithRetry(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Creates `file`, which must not exist yet (EEXIST), with `data` flushed to the disk. */
export async function createFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  await writeNewFileSynced(file, data);
  await fsyncDirectory(path.dirname(file));
}

/**
 * Writes a file that must not exist yet and flushes it to the disk. 'wx' refuses to reuse an existing file, so we
 * never write into another writer's temp file; on failure the file is removed, because a half-written file would
 * be worse than none: it could be taken for the whole thing.
 */
async function writeNewFileSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await unlink(file).catch(() => undefined);
    throw error;
  }
}

/** Flushes a folder's entries (new names, renames, deletions) to the disk. */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder as a file (EISDIR) or flush one (EPERM); NTFS journals the rename instead.
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM') throw error;
  } finally {
    await handle?.close();
  }
}

const RENAME_ATTEMPTS = 10;
const RENAME_RETRY_MS = 50;

/**
 * On Windows a rename over a file fails for a moment while a virus scanner, the search indexer or a sync
 * client (OneDrive) has it open; steno retries for the same reason. Elsewhere these codes are real and
 * the retries only delay the same error by half a second.
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      const transient = code === 'EPERM' || code === 'EACCES' || code === 'EBUSY';
      if (!transient || attempt >= RENAME_ATTEMPTS) throw error;
      await sleep(RENAME_RETRY_MS);
    }
  }
}

/**
 * Deletes project temp files left by a process that was killed mid-save. Only old ones: a fresh temp file may
 * belong to a save still running in another window, and a save takes milliseconds, not minutes.
 */
export async function removeStaleTempFiles(dir: string, olderThanMs = 10 * 60_000): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!isProjectTempFile(name)) continue;
    const file = path.join(dir, name);
    try {
      if (Date.now() - (await stat(file)).mtimeMs < olderThanMs) continue;
      await unlink(file);
      removed++;
    } catch {
      // Gone already, or not ours to delete: leftovers are untidy, not harmful, so never fail an open over them.
    }
  }
  return removed;
}

/** True for the name of a temp file that `replaceFileDurably` makes for project.json or its backup. */
export const isProjectTempFile = (name: string): boolean => PROJECT_TEMP_FILE.test(name);
