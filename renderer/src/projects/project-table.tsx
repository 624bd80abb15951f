import { memo } from 'react';
import { SORT_DESCRIPTIONS, STATUS_LABELS, type ListedProject, type SortKey } from './project-list';

export interface ProjectTableProps {
  /** The rows to show, already filtered and sorted. */
  readonly projects: readonly ListedProject[];
  readonly sortKey: SortKey;
  /** Opens a project in the editor, by folder name. */
  readonly onOpen: (name: string) => void;
  /** Asks to move a project to the bin. */
  readonly onDelete: (project: ListedProject) => void;
}

/** Which column the sort follows, for aria-sort on its header. */
const SORTED_COLUMN: Readonly<Record<SortKey, { readonly column: string; readonly order: 'ascending' | 'descending' }>> = {
  'last-changed': { column: 'Last changed', order: 'descending' },
  title: { column: 'Title', order: 'ascending' },
  'date-of-issue': { column: 'Date of issue', order: 'descending' },
  status: { column: 'Status', order: 'ascending' },
};

const COLUMNS = ['Title', 'Status', 'Date of issue', 'Last changed'] as const;

/** The projects as a table: the title opens the project; a project that cannot be read shows why instead. */
export function ProjectTable({ projects, sortKey, onOpen, onDelete }: ProjectTableProps) {
  const sorted = SORTED_COLUMN[sortKey];
  return (
    <table className="data-table project-table">
      <caption className="visually-hidden">Projects, sorted by {SORT_DESCRIPTIONS[sortKey]}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col" aria-sort={sorted.column === column ? sorted.order : undefined}>
              {column}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <ProjectTableRow key={project.row.name} project={project} onOpen={onOpen} onDelete={onDelete} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  readonly project: ListedProject;
  readonly onOpen: (name: string) => void;
  readonly onDelete: (project: ListedProject) => void;
}

// Memoised: typing in the search box re-renders the table, but only rows that appear or move are rebuilt.
const ProjectTableRow = memo(function ProjectTableRow({ project, onOpen, onDelete }: RowProps) {
  const { row, title } = project;
  return (
    <tr className={row.ok ? undefined : 'broken'}>
      <td>
        {/* A project with problems opens too: opening repairs a damaged file from its backup, and the editor is
            where an invalid one is put right. Only a file from a newer Pressdesk is refused, with a message. */}
        <button type="button" className="link-button title-button" onClick={() => onOpen(row.name)}>
          {title}
        </button>
        {!row.ok && <p className="problem">{row.problem ?? 'Pressdesk cannot read this project.'}</p>}
      </td>
      <td>{row.status ? STATUS_LABELS[row.status] : 'Needs attention'}</td>
      <td>{project.dateOfIssue ?? <span className="muted">Not set</span>}</td>
      <td>{project.lastChanged ?? <span className="muted">Unknown</span>}</td>
      <td>
        <button type="button" className="danger" onClick={() => onDelete(project)}>
          Delete<span className="visually-hidden"> “{title}”</span>
        </button>
      </td>
    </tr>
  );
});
