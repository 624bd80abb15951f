import { formatProblem, parseProject, type Problem, type Project } from '../model';

/** A draft made valid for the preview, and what had to go for that, in plain English. */
export interface LenientProject {
  /** Null when even the top of the draft cannot be made valid (it should never be, past the contract). */
  readonly project: Project | null;
  readonly leftOut: string[];
}

type Json = Record<string, unknown>;

const LISTS = new Set(['body', 'notes', 'contacts']);
/** Bounds the repair: each round fixes every problem found, and fixes can only reveal a few more. */
const MAX_ROUNDS = 8;

const asRecord = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/**
 * A copy of an in-progress draft that validates, so the preview follows the typing: the model is asked what is
 * wrong and each problem is mended where it sits. A block, note, contact or person that breaks its schema is left
 * out; an empty headline shows as "Headline", a bad date as today's, a bad embargo as none, a broken brand as the
 * plain one. Repeats, since leaving out a person leaves out the quotes they gave. The draft itself is not changed.
 */
export function lenientProject(draft: object, today: string, nowIso: string): LenientProject {
  const copy = structuredClone(draft) as Json;
  const leftOut: string[] = [];
  if (copy.kind === 'release' && !asRecord(copy.release)) copy.release = { headline: 'Headline', date: today, body: [] };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = parseProject(copy);
    if (result.ok) return { project: result.project, leftOut };
    if (result.problems.length === 0) break;
    const removals = new Map<unknown[], Set<number>>();
    for (const problem of result.problems) {
      const line = mend(copy, problem, { today, nowIso }, removals);
      if (line === null) return { project: null, leftOut: [...leftOut, formatProblem(problem)] };
      if (line !== undefined && !leftOut.includes(line)) leftOut.push(line);
    }
    // Highest index first, so removing one element does not shift the others still to go.
    for (const [list, indexes] of removals) for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return { project: null, leftOut };
}

interface Defaults {
  readonly today: string;
  readonly nowIso: string;
}

/** Mends one problem in `copy`; the line for `leftOut` (undefined: nothing worth saying), or null when it cannot. */
function mend(copy: Json, problem: Problem, defaults: Defaults, removals: Map<unknown[], Set<number>>): string | null | undefined {
  const [top, field, index] = problem.path ?? [];
  const said = `Left out of the preview: ${formatProblem(problem)}`;
  const remove = (list: unknown, at: unknown): string => {
    if (Array.isArray(list) && typeof at === 'number') {
      const indexes = removals.get(list) ?? new Set<number>();
      indexes.add(at);
      removals.set(list, indexes);
    }
    return said;
  };
  const release = asRecord(copy.release);
  switch (top) {
    case 'release':
      if (!release || field === undefined) return null;
      if (typeof field === 'string' && LISTS.has(field)) {
        if (index === undefined || !Array.isArray(release[field])) {
          release[field] = [];
          return said;
        }
        return remove(release[field], index);
      }
      if (field === 'headline') {
        release.headline = 'Headline';
        return `The headline: ${problem.message}. The preview shows "Headline" until it is filled in.`;
      }
      if (field === 'date') {
        release.date = defaults.today;
        return `The date of issue: ${problem.message}. The preview shows today's date.`;
      }
      if (field === 'embargo') {
        release.embargo = null;
        return `The embargo: ${problem.message}. The preview shows the release as for immediate release.`;
      }
      delete release[field as string];
      return said;
    case 'people':
      if (typeof field !== 'number' || !Array.isArray(copy.people)) {
        copy.people = [];
        return said;
      }
      return remove(copy.people, field);
    case 'brand':
      delete copy.brand;
      return `The brand: ${formatProblem(problem)}. The preview uses the plain style until it is fixed.`;
    case 'title':
      copy.title = 'Untitled';
      return undefined;
    case 'updatedAt':
      copy.updatedAt = defaults.nowIso;
      return undefined;
    case 'pack':
      // A release's stray pack part is not shown; a pack's is not previewed at all (see preview.ts).
      delete copy.pack;
      return undefined;
    default:
      return null;
  }
}
