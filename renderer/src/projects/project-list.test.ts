import { describe, expect, it } from 'vitest';
import type { ProjectRow } from '../../../shared/ipc';
import { filterProjects, prepareProjects, sortProjects, type SortKey } from './project-list';

const row = (name: string, fields: Partial<ProjectRow> = {}): ProjectRow => ({
  name,
  ok: true,
  title: name,
  kind: 'release',
  status: 'draft',
  date: null,
  updatedAt: null,
  problem: null,
  ...fields,
});

const ROWS: ProjectRow[] = [
  row('bins', { title: 'Bin collections change over Christmas', status: 'issued', date: '2026-12-01', updatedAt: '2026-11-20T09:00:00Z' }),
  row('budget-10', { title: 'Budget 10', status: 'review', date: '2026-03-04', updatedAt: '2026-11-26T14:05:00Z' }),
  row('budget-2', { title: 'budget 2', status: 'approved', date: null, updatedAt: '2026-11-25T10:00:00Z' }),
  row('broken', { ok: false, title: '', kind: null, status: null, problem: 'project.json is damaged.' }),
  row('library', { title: 'Library reopens', status: 'draft', date: '2026-05-01', updatedAt: '2026-11-26T14:05:00Z' }),
];

const titles = (key: SortKey, query = ''): string[] =>
  sortProjects(filterProjects(prepareProjects(ROWS, 'Europe/London'), query), key).map((project) => project.title);

describe('prepareProjects', () => {
  it('formats the dates once and names a project without a title by its folder', () => {
    const [bins, , , broken] = prepareProjects(ROWS, 'Europe/London');
    expect(bins).toMatchObject({ lastChanged: '20 Nov 2026, 09:00', dateOfIssue: '1 Dec 2026' });
    expect(broken).toMatchObject({ title: 'broken', lastChanged: null, dateOfIssue: null, updatedTime: null });
  });
});

describe('sortProjects', () => {
  it('puts the most recently changed first by default, ties by title, the never-saved last', () => {
    expect(titles('last-changed')).toEqual(['Budget 10', 'Library reopens', 'budget 2', 'Bin collections change over Christmas', 'broken']);
  });

  it('sorts titles A to Z ignoring case, with numbers in number order', () => {
    expect(titles('title')).toEqual(['Bin collections change over Christmas', 'broken', 'budget 2', 'Budget 10', 'Library reopens']);
  });

  it('sorts by date of issue, newest first, undated last', () => {
    expect(titles('date-of-issue')).toEqual(['Bin collections change over Christmas', 'Library reopens', 'Budget 10', 'broken', 'budget 2']);
  });

  it('sorts by status in the order a release moves, unreadable projects last', () => {
    expect(titles('status')).toEqual(['Library reopens', 'Budget 10', 'budget 2', 'Bin collections change over Christmas', 'broken']);
  });

  it('does not change the list it is given', () => {
    const prepared = prepareProjects(ROWS);
    const before = prepared.map((project) => project.row.name);
    sortProjects(prepared, 'title');
    expect(prepared.map((project) => project.row.name)).toEqual(before);
  });
});

describe('filterProjects', () => {
  it('matches every word of the query in the title, in any case and order', () => {
    expect(titles('title', 'BUDGET')).toEqual(['budget 2', 'Budget 10']);
    expect(titles('title', 'christmas bin')).toEqual(['Bin collections change over Christmas']);
    expect(titles('title', 'budget library')).toEqual([]);
  });

  it('returns everything for an empty or blank query', () => {
    expect(titles('title', '   ')).toHaveLength(ROWS.length);
  });

  it('stays fast with 500 projects', () => {
    const many = Array.from({ length: 500 }, (_, index) =>
      row(`p${index}`, { title: `Release ${index}`, updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString() }),
    );
    const prepared = prepareProjects(many);
    const started = performance.now();
    for (let round = 0; round < 20; round += 1) sortProjects(filterProjects(prepared, 'release 1'), 'title');
    // Generous: one round takes well under a millisecond; this only catches an accidental quadratic.
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});
