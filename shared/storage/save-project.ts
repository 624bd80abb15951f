import type { Project } from '../model';
import { projectDb } from './project-db';

export interface SaveOptions {
  /** The clock, for `updatedAt`. */
  readonly now?: () => Date;
}

/**
 * Saves `project` into its folder and returns it as saved (with `updatedAt` set to now). Validates first and
 * never writes an invalid project (ProjectInvalidError); refuses to replace a project.json written by a newer
 * Pressdesk (ProjectTooNewError); otherwise a failure is a ProjectSaveError and the previous save is intact.
 * Saves of one folder run one after another, in the order they were asked for.
 */
export async function saveProject(dir: string, project: Project, options: SaveOptions = {}): Promise<Project> {
  const saved: Project = { ...project, updatedAt: (options.now ?? (() => new Date()))().toISOString() };
  const db = projectDb(dir);
  db.data = saved;
  await db.write();
  return saved;
}
