import type { ProblemData } from '../../../shared/ipc';
import { parseProject } from '../../../shared/model';
import { getIn } from './json-path';

/**
 * What the checks panel lists. The host's answers (open, save) and a check run here as the user types use the same
 * model (shared/model's parseProject), so errors found here are the fresh ones; the host's warnings (which only it
 * knows how to find) and its errors for the current draft are added to them.
 */

/** The checks on a draft the editor runs itself, as the host would report them. */
export function localProblems(project: unknown): ProblemData[] {
  const result = parseProject(project);
  if (result.ok) return [];
  return result.problems.map((problem) => friendlier({ place: problem.place, message: problem.message, path: [...(problem.path ?? [])], severity: 'error' }, project));
}

/** Messages about states only the editor creates, in the editor's own words. */
function friendlier(problem: ProblemData, project: unknown): ProblemData {
  const [top, field, , key] = problem.path;
  if (top === 'release' && field === 'embargo' && problem.path.length === 2) {
    return { ...problem, message: 'the embargo needs a date and a time; fill both in, or untick "Embargoed"' };
  }
  if (top === 'release' && field === 'body' && key === 'src' && getIn(project, problem.path) === '') {
    return { ...problem, message: 'no picture has been chosen; choose a picture file, or remove the image' };
  }
  return problem;
}

const keyOf = (problem: ProblemData): string => `${problem.severity}|${problem.path.join('.')}|${problem.message}`;

/**
 * Local errors, plus the host's warnings, plus the host's errors when they are about the draft as it is now
 * (`hostCurrent`), without duplicates; errors first, each group in the order found.
 */
export function mergeProblems(local: readonly ProblemData[], host: readonly ProblemData[], hostCurrent: boolean): ProblemData[] {
  const seen = new Set<string>();
  const merged: ProblemData[] = [];
  for (const problem of [...local, ...host.filter((item) => hostCurrent || item.severity === 'warning')]) {
    const key = keyOf(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(problem);
  }
  return [...merged.filter((item) => item.severity === 'error'), ...merged.filter((item) => item.severity === 'warning')];
}
