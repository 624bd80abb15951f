import { CURRENT_VERSION, parseProject, ProjectInvalidError, ProjectTooNewError, type Project } from '../model';

export interface CheckedProject {
  readonly project: Project;
  /** The format version the file was written in, when the model migrated it; null when already current. */
  readonly migratedFrom: number | null;
}

/** Validates decoded JSON with the model, throwing the model's errors (every problem at once) for `name`. */
export function checkProject(value: unknown, name: string): CheckedProject {
  const result = parseProject(value);
  if (result.ok) return { project: result.project, migratedFrom: result.migratedFrom };
  if (result.tooNew !== undefined) throw new ProjectTooNewError(name, result.tooNew, CURRENT_VERSION);
  throw new ProjectInvalidError(name, result.problems);
}
