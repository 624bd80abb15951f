import { editorialChecks, parseProject, type Problem, type Project, type Severity } from '../model';
import type { ProblemData } from '../ipc';

export const problemData = (problem: Problem, severity: Severity = 'error'): ProblemData => ({
  place: problem.place,
  message: problem.message,
  path: [...(problem.path ?? [])],
  severity,
});

/** The editorial checks of a valid project, as the contract carries them. */
export const editorialProblems = (project: Project, now: Date): ProblemData[] =>
  editorialChecks(project, now).map((problem) => problemData(problem, problem.severity));

/**
 * Everything wrong with a draft: the schema's problems (errors), then the editorial checks when it validates.
 * `parsed` is passed in when the caller has parsed already.
 */
export function draftProblems(draft: unknown, now: Date, parsed = parseProject(draft)): ProblemData[] {
  if (parsed.ok) return editorialProblems(parsed.project, now);
  return parsed.problems.map((problem) => problemData(problem));
}
