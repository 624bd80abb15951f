import { ProjectInvalidError, ProjectTooNewError } from './errors';
import { migrate } from './migrate';
import { plainEnglishError } from './plain-errors';
import { problemsFromZod, type Problem } from './problems';
import { crossReferenceProblems } from './references';
import { linkProblems } from './links';
import { CURRENT_VERSION, PROJECT_FORMAT, ProjectSchema, type Project } from './project';

export type ParseResult =
  | { readonly ok: true; readonly project: Project; readonly migratedFrom: number | null }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly tooNew?: unknown };

/**
 * Checks already-decoded JSON against the format: recognises the file, refuses newer versions,
 * migrates older ones (in memory only), then validates, collecting every problem at once.
 */
export function parseProject(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ place: '', message: 'project.json does not hold a project (expected an object { … })' }] };
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== PROJECT_FORMAT) {
    return {
      ok: false,
      problems: [{ place: 'format', message: `this is not a Pressdesk project file (format must be "${PROJECT_FORMAT}")` }],
    };
  }
  const migrated = migrate(record);
  if (!migrated.ok) {
    if (migrated.reason === 'too-new') return { ok: false, problems: [], tooNew: migrated.version };
    return {
      ok: false,
      problems: [{ place: 'version', message: `the format version ${JSON.stringify(migrated.version)} is not one Pressdesk knows; it should be ${CURRENT_VERSION}` }],
    };
  }
  const result = ProjectSchema.safeParse(migrated.value, { error: plainEnglishError });
  const problems = [...(result.success ? [] : problemsFromZod(result.error, migrated.value)), ...crossReferenceProblems(migrated.value), ...linkProblems(migrated.value)];
  if (!result.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, project: result.data, migratedFrom: migrated.from === CURRENT_VERSION ? null : migrated.from };
}

export interface CheckedProject {
  readonly project: Project;
  /** The format version the file was written in, when it was migrated; null when already current. */
  readonly migratedFrom: number | null;
}

/**
 * Like parseProject, but throws the error a caller shows to the user (every problem at once, or
 * ProjectTooNewError). `project` names the project in messages.
 */
export function validateProject(raw: unknown, project: string): CheckedProject {
  const result = parseProject(raw);
  if (result.ok) return { project: result.project, migratedFrom: result.migratedFrom };
  if (result.tooNew !== undefined) throw new ProjectTooNewError(project, result.tooNew, CURRENT_VERSION);
  throw new ProjectInvalidError(project, result.problems);
}

export const parseProjectOrThrow = (raw: unknown, project: string): Project => validateProject(raw, project).project;
