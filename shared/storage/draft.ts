import { stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import { describeDamage, readFileContents, serialiseProject } from './file-contents';
import { errorCode } from './fs-problem';
import { isFolder, readIfPresent } from './fs-read';
import { ProjectFolderMissingError, ProjectUnreadableError } from './errors';
import { projectName } from './project-paths';
import { writeFileDurably } from './write-file';
import { assertSameProject } from './same-project';

/**
 * The editor's state of a project that does not validate yet (an empty headline, a quote with no speaker while
 * typing), kept beside project.json so autosave never loses typing. project.json itself only ever holds a valid
 * project; the draft is removed once the project saves.
 */
export const DRAFT_FILE = 'project.draft.json';

export type StoredDraft =
  | {
      readonly ok: true;
      /** The draft as written: an object with at least the format's top fields, not checked further. */
      readonly value: unknown;
      /** When it was written: its own `updatedAt`, else the file's modification time (ms since 1970). */
      readonly writtenAt: number;
    }
  /** The file is there but is not JSON; `problem` completes "project.draft.json …". */
  | { readonly ok: false; readonly problem: string };

/** The draft kept beside project.json, or undefined when there is none. */
export async function readDraft(dir: string): Promise<StoredDraft | undefined> {
  const file = path.join(dir, DRAFT_FILE);
  let bytes: Uint8Array | undefined;
  let mtimeMs: number;
  try {
    bytes = await readIfPresent(file);
    if (bytes === undefined) return undefined;
    mtimeMs = (await stat(file)).mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new ProjectUnreadableError(projectName(dir), error);
  }
  const contents = readFileContents(bytes);
  if (contents.kind === 'damaged') return { ok: false, problem: `is damaged (${describeDamage(contents.damage)})` };
  const updatedAt = (contents.value as { updatedAt?: unknown } | null)?.updatedAt;
  const stamped = typeof updatedAt === 'string' ? Date.parse(updatedAt) : Number.NaN;
  return { ok: true, value: contents.value, writtenAt: Number.isNaN(stamped) ? mtimeMs : stamped };
}

/**
 * Writes the draft whole or not at all, stamped with `updatedAt`. Refuses when the project folder has gone (moved
 * to the bin by another window, say) rather than quietly making a new folder holding only a draft.
 */
export async function writeDraft<Draft extends { readonly id: string }>(dir: string, draft: Draft, updatedAt: string): Promise<void> {
  const name = projectName(dir);
  if (!(await isFolder(dir))) throw new ProjectFolderMissingError(name, path.resolve(dir));
  // A draft of another project would be loaded as this one's on the next open.
  await assertSameProject(dir, name, draft.id);
  await writeFileDurably(path.join(dir, DRAFT_FILE), serialiseProject({ ...draft, updatedAt }), { project: name });
}

/** Removes the draft once the project itself has saved. A draft that cannot be removed is reported, not ignored. */
export async function removeDraft(dir: string): Promise<void> {
  try {
    await unlink(path.join(dir, DRAFT_FILE));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw new DraftRemoveError(projectName(dir), error);
  }
}

/** The project saved, but the draft beside it could not be removed, so it would come back on the next open. */
export class DraftRemoveError extends PressdeskError {
  override readonly name = 'DraftRemoveError';
  constructor(
    readonly project: string,
    cause: unknown,
  ) {
    super(
      `${project}: the project was saved, but ${DRAFT_FILE} (unfinished changes kept from earlier) could not be removed from the ` +
        'project folder. Delete that file yourself, or it will be loaded again next time the project is opened.',
      { cause },
    );
  }
}
