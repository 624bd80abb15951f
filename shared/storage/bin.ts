import { lstat, mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import { ProjectFolderMissingError, WorkspaceMissingError } from './errors';
import { readFileContents } from './file-contents';
import { describeFsProblem, errorCode } from './fs-problem';
import { isFolder, readIfPresent } from './fs-read';
import { PROJECT_FILE } from './project-paths';
import { runExclusive } from './serial-queue';

/**
 * Deleting a project moves its folder into `<workspace>/bin/`, named `<name>--<yyyy-mm-ddThh-mm-ss>` (UTC, as
 * colons are not allowed in Windows file names). Nothing is ever deleted for real: the user can restore it, or
 * empty the bin in their file manager. listProjects skips a folder named bin.
 */
export const BIN_DIR = 'bin';

/** `harbour-wall--2026-03-04T09-30-00`, with `-2`… when two deletes of one name fall in the same second. */
const BIN_NAME = /^(.+)--(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-\d+)?$/;

export interface BinnedProject {
  /** The folder's name inside bin/. */
  readonly binName: string;
  /** The folder name it had, and gets back when restored (made unique if taken). */
  readonly originalName: string;
  /** The project's working title, or its folder name when project.json cannot be read. */
  readonly title: string;
  /** ISO time of the delete, read from the folder name. */
  readonly deletedAt: string;
}

/** A binned folder's name parsed, or undefined when it is not one Pressdesk made (or climbs, or hides). */
export function parseBinName(binName: string): { readonly originalName: string; readonly deletedAt: string } | undefined {
  if (/[/\\:\0]/.test(binName) || binName.startsWith('.')) return undefined;
  const match = BIN_NAME.exec(binName);
  if (!match) return undefined;
  const [, originalName = '', year, month, day, hour, minute, second] = match;
  return { originalName, deletedAt: `${year}-${month}-${day}T${hour}:${minute}:${second}Z` };
}

const stamp = (now: Date): string => now.toISOString().slice(0, 19).replace(/:/g, '-');

/** A project could not be moved into, or out of, the bin. Nothing was moved. */
export class BinMoveError extends PressdeskError {
  override readonly name = 'BinMoveError';
  constructor(
    readonly project: string,
    readonly action: 'moved to the bin' | 'restored from the bin',
    cause: unknown,
  ) {
    super(`${project} could not be ${action} because ${describeFsProblem(cause)}. Nothing has been moved; fix that and try again.`, { cause });
  }
}

/** The named project is not in the bin (restored already, or removed from it in the file manager). */
export class NotInBinError extends PressdeskError {
  override readonly name = 'NotInBinError';
  constructor(readonly binName: string) {
    super(`"${binName}" is not in the bin any more; it may have been restored already, or removed from the bin folder. Refresh the bin to see what is there.`);
  }
}

const exists = async (file: string): Promise<boolean> =>
  lstat(file).then(
    () => true,
    (error: unknown) => {
      if (errorCode(error) === 'ENOENT') return false;
      throw error;
    },
  );

/** Renames `from` to the first of `names` not taken. Checks then renames: a rename over an empty folder would succeed. */
async function moveToFree(from: string, parent: string, names: (attempt: number) => string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const name = names(attempt);
    if (await exists(path.join(parent, name))) continue;
    await rename(from, path.join(parent, name));
    return name;
  }
}

/** Moves a project folder into the bin and returns its name there. Waits for any save of it to finish first. */
export async function moveToBin(workspace: string, name: string, now: Date): Promise<string> {
  const dir = path.join(workspace, name);
  if (!(await isFolder(workspace))) throw new WorkspaceMissingError(workspace);
  return runExclusive(dir, async () => {
    if (!(await isFolder(dir))) throw new ProjectFolderMissingError(name, path.resolve(dir));
    const bin = path.join(workspace, BIN_DIR);
    try {
      await mkdir(bin, { recursive: true });
      return await moveToFree(dir, bin, (attempt) => `${name}--${stamp(now)}${attempt === 1 ? '' : `-${attempt}`}`);
    } catch (error) {
      throw new BinMoveError(name, 'moved to the bin', error);
    }
  });
}

/** Moves a binned project back into the workspace under its old name (`name-2`… if taken) and returns that name. */
export async function restoreFromBin(workspace: string, binName: string): Promise<string> {
  const parsed = parseBinName(binName);
  const from = path.join(workspace, BIN_DIR, binName);
  if (!parsed || !(await isFolder(from))) throw new NotInBinError(binName);
  const { originalName } = parsed;
  try {
    return await moveToFree(from, workspace, (attempt) => (attempt === 1 ? originalName : `${originalName}-${attempt}`));
  } catch (error) {
    throw new BinMoveError(originalName, 'restored from the bin', error);
  }
}

/** The projects in the bin, most recently deleted first. Folders Pressdesk did not name are left out. */
export async function listBin(workspace: string): Promise<BinnedProject[]> {
  if (!(await isFolder(workspace))) throw new WorkspaceMissingError(workspace);
  const bin = path.join(workspace, BIN_DIR);
  const names = await readdir(bin).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return [];
    throw error;
  });
  const rows = await Promise.all(
    names.map(async (binName): Promise<BinnedProject | undefined> => {
      const parsed = parseBinName(binName);
      if (!parsed) return undefined;
      return { binName, ...parsed, title: (await titleOf(path.join(bin, binName))) ?? parsed.originalName };
    }),
  );
  return rows.filter((row) => row !== undefined).sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.binName.localeCompare(b.binName));
}

/** The working title in a folder's project.json, or undefined when there is none to read. */
async function titleOf(dir: string): Promise<string | undefined> {
  const bytes = await readIfPresent(path.join(dir, PROJECT_FILE)).catch(() => undefined);
  if (bytes === undefined) return undefined;
  const contents = readFileContents(bytes);
  if (contents.kind !== 'json') return undefined;
  const title = (contents.value as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}
