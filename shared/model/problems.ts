import type { z } from 'zod';

/** One thing wrong with a project, with the place it was found. */
export interface Problem {
  /** Where, e.g. `release.body[3] (image "harbour.png")`; empty for the file as a whole. */
  readonly place: string;
  /** What is wrong and what to do, in plain English. */
  readonly message: string;
  /** The field's path, e.g. ['release', 'body', 3, 'alt'], so an editor can take the user to it. */
  readonly path?: readonly (string | number)[];
}

/** A path as problems keep it: zod's keys are strings or numbers in a project (no symbols in JSON). */
export const problemPath = (path: readonly PropertyKey[]): (string | number)[] =>
  path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));

export const formatProblem = (problem: Problem): string =>
  problem.place ? `${problem.place}: ${problem.message}` : problem.message;

type PathSegment = PropertyKey;

/** `['release', 'body', 3, 'alt']` → `release.body[3].alt`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? String(segment) : `.${String(segment)}`))
    .join('');
}

const COLLECTIONS_WITH_DESCRIPTIONS = new Set(['body', 'people', 'sections', 'notes', 'contacts', 'items', 'paragraphs']);

/** The first words of a text as a reader sees them: Markdown links and emphasis shown as their words. */
const excerpt = (text: unknown): string => {
  if (typeof text !== 'string') return '';
  const words = text
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return words.length > 40 ? `${words.slice(0, 40).trimEnd()}…` : words;
};

const basename = (path: unknown): string => (typeof path === 'string' ? (path.split('/').pop() ?? path) : '');

/** A short human description of a list element, so a person can find it without counting. */
function describe(element: unknown): string | undefined {
  if (typeof element === 'string') return element.trim() ? `"${excerpt(element)}"` : undefined;
  if (typeof element !== 'object' || element === null) return undefined;
  const record = element as Record<string, unknown>;
  switch (record.type) {
    case 'image':
      return `image "${basename(record.src)}"`;
    case 'paragraph':
      return `paragraph "${excerpt(record.text)}"`;
    case 'heading':
      return `subheading "${excerpt(record.text)}"`;
    case 'list':
      return record.ordered ? 'numbered list' : 'bulleted list';
    case 'quote':
      return Array.isArray(record.paragraphs) ? `quote "${excerpt(record.paragraphs[0])}"` : 'quote';
    default:
      break;
  }
  if (typeof record.title === 'string') return `section "${excerpt(record.title)}"`;
  if (typeof record.name === 'string') return `"${excerpt(record.name)}"`;
  if (typeof record.q === 'string') return `question "${excerpt(record.q)}"`;
  return undefined;
}

/**
 * Place of an issue: the path, with each describable element named in brackets so a person can find it
 * without counting, e.g. `release.body[3] (image "harbour.png")` or
 * `pack.sections[1] (section "Q&A").items[0] (question "Why?").a`.
 */
export function placeOf(path: readonly PathSegment[], raw: unknown): string {
  let node: unknown = raw;
  let place = '';
  path.forEach((segment, index) => {
    place += formatPath(index === 0 ? [segment] : ['', segment]);
    node = typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
    const parent = path[index - 1];
    if (typeof segment === 'number' && typeof parent === 'string' && COLLECTIONS_WITH_DESCRIPTIONS.has(parent)) {
      const description = describe(node);
      if (description) place += ` (${description})`;
    }
  });
  return place;
}

/** Turns zod's issues into problems, in the order they occur in the file. */
export function problemsFromZod(error: z.ZodError, raw: unknown): Problem[] {
  return error.issues.map((issue) => ({ place: placeOf(issue.path, raw), message: issue.message, path: problemPath([...issue.path, ...fieldOf(issue)]) }));
}

/** A check about a whole object can name the field that fixes it (`params: { field: 'alt' }` on a custom issue). */
const fieldOf = (issue: z.core.$ZodIssue): string[] => {
  const field = issue.code === 'custom' ? (issue.params as { field?: unknown } | undefined)?.field : undefined;
  return typeof field === 'string' ? [field] : [];
};
