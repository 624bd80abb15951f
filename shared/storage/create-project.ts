import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { validateProject } from '../model';
import { ProjectCreateError, ProjectSaveError, WorkspaceMissingError } from './errors';
import { blankProject, type NewProjectDetails } from './new-project';
import type { OpenedProject } from './open-project';
import { ASSETS_DIR, EXPORTS_DIR } from './project-paths';
import { isFolder } from './fs-read';
import { saveProject } from './save-project';
import { slugify } from './slug';
import { makeUniqueFolder } from './unique-folder';
import { BIN_DIR } from './bin';

export interface CreateOptions {
  /** The clock, for the date and `updatedAt`. */
  readonly now?: () => Date;
}

/** Used when a title leaves nothing for a folder name (written only in Arabic, say). */
const FALLBACK_FOLDER = 'project';

/**
 * Creates a project folder in `workspace` (project.json, assets/, exports/) for a new draft and returns it
 * as opened. The folder is named from the title's slug, made unique. Throws ProjectInvalidError (an empty
 * title, checked before anything is made), WorkspaceMissingError or ProjectCreateError.
 */
export async function createProject(workspace: string, details: NewProjectDetails, options: CreateOptions = {}): Promise<OpenedProject> {
  const now = (options.now ?? (() => new Date()))();
  const title = details.title.trim();
  const project = blankProject({ ...details, title }, randomUUID(), now);
  validateProject(project, title || 'The new project');
  // Never create the workspace: on an unmounted network drive that would quietly make a local folder instead.
  if (!(await isFolder(workspace))) throw new WorkspaceMissingError(workspace);

  const slug = slugify(title) || FALLBACK_FOLDER;
  // "bin" is where deleted projects wait (bin.ts); a project called "Bin" gets a folder of another name.
  const base = slug === BIN_DIR ? `${slug}-project` : slug;
  let dir: string;
  try {
    dir = path.resolve(await makeUniqueFolder(workspace, base));
  } catch (error) {
    throw new ProjectCreateError(title, workspace, error);
  }
  try {
    await mkdir(path.join(dir, ASSETS_DIR));
    await mkdir(path.join(dir, EXPORTS_DIR));
    const saved = await saveProject(dir, project, { now: () => now });
    return { dir, name: path.basename(dir), project: saved, notices: [] };
  } catch (error) {
    // The folder is ours and holds nothing of the user's yet: leave no half-made project behind.
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    throw new ProjectCreateError(title, workspace, error instanceof ProjectSaveError ? error.cause : error);
  }
}
