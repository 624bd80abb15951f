import type { ProjectRow } from '../../../shared/ipc';
import { formatCalendarDate, formatDateTime } from './format';

/*
 * The project list's logic, kept pure so it is tested without a browser: each row is prepared once when the list
 * loads (lower-cased title, parsed time, formatted dates), so typing in the search box or changing the sort only
 * filters and sorts prepared rows. That keeps 500 projects instant.
 */

export type Status = NonNullable<ProjectRow['status']>;

/** How the list can be sorted; the first is the default. */
export const SORT_KEYS = ['last-changed', 'title', 'date-of-issue', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The options of the "Sort by" control. */
export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  'last-changed': 'Last changed (newest first)',
  title: 'Title',
  'date-of-issue': 'Date of issue',
  status: 'Status',
};

/** The order in words, for the table's caption ("Projects, sorted by …"). */
export const SORT_DESCRIPTIONS: Readonly<Record<SortKey, string>> = {
  'last-changed': 'last changed, newest first',
  title: 'title, A to Z',
  'date-of-issue': 'date of issue, newest first',
  status: 'status, from draft to issued',
};

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  issued: 'Issued',
};

/** Statuses in the order a release moves through them. */
const STATUS_ORDER: Readonly<Record<Status, number>> = { draft: 0, review: 1, approved: 2, issued: 3 };

/** A row of the list, ready to show, filter and sort. */
export interface ListedProject {
  readonly row: ProjectRow;
  /** What the title cell shows: the title, or the folder name when the project has none (or cannot be read). */
  readonly title: string;
  /** `title` lower-cased, for the search box. */
  readonly searchText: string;
  /** Milliseconds since 1970 of the last save, or null. */
  readonly updatedTime: number | null;
  /** "26 Nov 2026, 14:05", or null. */
  readonly lastChanged: string | null;
  /** "26 Nov 2026", or null. */
  readonly dateOfIssue: string | null;
}

export function prepareProjects(rows: readonly ProjectRow[], timeZone?: string): ListedProject[] {
  return rows.map((row) => {
    const title = row.title.trim() || row.name;
    const updatedTime = row.updatedAt ? Date.parse(row.updatedAt) : Number.NaN;
    return {
      row,
      title,
      searchText: title.toLocaleLowerCase('en-GB'),
      updatedTime: Number.isNaN(updatedTime) ? null : updatedTime,
      lastChanged: formatDateTime(row.updatedAt, timeZone),
      dateOfIssue: formatCalendarDate(row.date),
    };
  });
}

/** The projects whose title holds every word of the query, in any order and case. */
export function filterProjects(projects: readonly ListedProject[], query: string): readonly ListedProject[] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return projects;
  return projects.filter((project) => words.every((word) => project.searchText.includes(word)));
}

// Numeric, so "Budget 2" sorts before "Budget 10"; base sensitivity, so case and accents do not split the list.
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

const byTitle = (a: ListedProject, b: ListedProject): number => collator.compare(a.title, b.title) || collator.compare(a.row.name, b.row.name);

/** Newest first, with the undated last (in title order). */
function newestFirst(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

const COMPARE: Readonly<Record<SortKey, (a: ListedProject, b: ListedProject) => number>> = {
  'last-changed': (a, b) => newestFirst(a.updatedTime, b.updatedTime) || byTitle(a, b),
  title: byTitle,
  // YYYY-MM-DD strings compare in date order.
  'date-of-issue': (a, b) => newestFirst(a.row.date, b.row.date) || byTitle(a, b),
  status: (a, b) => statusRank(a) - statusRank(b) || newestFirst(a.updatedTime, b.updatedTime) || byTitle(a, b),
};

/** Projects that cannot be read have no status: they come after the issued ones. */
const statusRank = (project: ListedProject): number => (project.row.status ? STATUS_ORDER[project.row.status] : 4);

/** A sorted copy; ties fall back to the title, then the folder name, so the order never jumps between renders. */
export function sortProjects(projects: readonly ListedProject[], key: SortKey): ListedProject[] {
  return [...projects].sort(COMPARE[key]);
}

export const isSortKey = (value: string): value is SortKey => (SORT_KEYS as readonly string[]).includes(value);
