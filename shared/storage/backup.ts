import path from 'node:path';
import { CURRENT_VERSION, parseProject, ProjectTooNewError, type Project } from '../model';
import { linkOrReplaceDurably } from './durable-write';
import { readFileContents } from './file-contents';
import { idOnDisk, refuseOtherProject } from './same-project';
import { knownGoodId } from './known-good';
import { BACKUP_FILE, PROJECT_FILE } from './project-paths';
import { readIfPresent } from './fs-read';

/**
 * Before a save, copies the project.json being replaced to project.json.bak, so a file damaged later can be
 * put back from the previous save. Only a good project is copied: a damaged or invalid project.json would
 * replace the one backup that could rescue the project. A project.json from a newer Pressdesk stops the
 * save altogether (ProjectTooNewError), so an older copy never overwrites a colleague's newer work, and so does
 * a project.json holding another project than `savingId` (ProjectReplacedError).
 */
export async function backUpCurrent(dir: string, name: string, savingId: string): Promise<void> {
  const bytes = await readIfPresent(path.join(dir, PROJECT_FILE));
  if (bytes === undefined) return;
  refuseOtherProject(name, idOnDisk(dir, bytes), savingId);
  if (knownGoodId(dir, bytes) === undefined) {
    const contents = readFileContents(bytes);
    if (contents.kind !== 'json') return;
    const current = parseProject(contents.value);
    if (!current.ok) {
      if (current.tooNew !== undefined) throw new ProjectTooNewError(name, current.tooNew, CURRENT_VERSION);
      return;
    }
  }
  // The same bytes, not a re-serialisation: the backup is exactly the file the user last saved.
  await linkOrReplaceDurably(path.join(dir, PROJECT_FILE), path.join(dir, BACKUP_FILE), bytes);
}

export type Backup =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly project: Project }
  /** `problem` completes "cannot be repaired, because …". */
  | { readonly ok: false; readonly problem: string };

/** project.json.bak, if it holds a project this Pressdesk can open. */
export async function readBackup(dir: string): Promise<Backup> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readIfPresent(path.join(dir, BACKUP_FILE));
  } catch {
    return { ok: false, problem: `the backup (${BACKUP_FILE}) could not be read` };
  }
  if (bytes === undefined) return { ok: false, problem: `there is no backup (${BACKUP_FILE})` };
  const contents = readFileContents(bytes);
  if (contents.kind !== 'json') return { ok: false, problem: `the backup (${BACKUP_FILE}) is damaged too` };
  const result = parseProject(contents.value);
  if (result.ok) return { ok: true, bytes, project: result.project };
  if (result.tooNew !== undefined) {
    return { ok: false, problem: `the backup (${BACKUP_FILE}) was saved by a newer version of Pressdesk` };
  }
  return { ok: false, problem: `the backup (${BACKUP_FILE}) is not a valid project either` };
}
