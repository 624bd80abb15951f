import path from 'node:path';
import type { Project } from '../model';
import { removeStaleTempFiles } from './durable-write';
import { projectDb } from './project-db';
import { projectName } from './project-paths';

export interface OpenedProject {
  /** The project folder, as an absolute path. */
  readonly dir: string;
  /** The folder's name, as messages call the project. */
  readonly name: string;
  readonly project: Project;
  /** Things the user should be told, in plain English (a repair from the backup, an upgraded format). */
  readonly notices: readonly string[];
}

export interface OpenOptions {
  /** The clock; names the file a damaged project.json is kept aside as. */
  readonly now?: () => Date;
}

/**
 * Loads a project folder. Throws, with a message that says what to do: ProjectFolderMissingError,
 * NotAProjectFolderError, ProjectTooNewError (file left untouched), ProjectInvalidError (every problem;
 * file left untouched), ProjectDamagedError (damaged and no usable backup), ProjectRepairError (damaged, and
 * the backup could not be put back) or ProjectUnreadableError.
 * Never rewrites a readable project.json; only a damaged one is replaced, by its backup.
 */
export async function openProject(dir: string, options: OpenOptions = {}): Promise<OpenedProject> {
  const notices: string[] = [];
  const db = projectDb(dir, { ...options, onNotice: (notice) => notices.push(notice) });
  await db.read();
  const project = db.data;
  if (project === null) throw new Error(`${projectName(dir)}: the project could not be loaded`); // read() throws first
  // Tidy up after saves that were cut off; untidiness is never a reason to fail an open.
  await removeStaleTempFiles(dir).catch(() => 0);
  return { dir: path.resolve(dir), name: projectName(dir), project, notices };
}
