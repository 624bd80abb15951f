import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BinRow } from '../../../shared/ipc';
import type { Navigation } from '../app';
import { request } from '../ipc/client';
import { BinSection } from './bin-section';
import { ConfirmDialog } from './confirm-dialog';
import { messageOf } from './message-of';
import { NewPackDialog } from './new-pack-dialog';
import { NewReleaseDialog } from './new-release-dialog';
import { filterProjects, isSortKey, prepareProjects, SORT_KEYS, SORT_LABELS, sortProjects, type ListedProject, type SortKey } from './project-list';
import { ProjectTable } from './project-table';
import { useProjectData } from './use-project-data';
import { WorkspaceFolder } from './workspace-folder';
import { ScreenHeading } from './screen-heading';
import './projects.css';

/** What the status line says after a delete or a restore, and what Undo would put back. */
interface News {
  readonly text: string;
  readonly undo?: { readonly binName: string; readonly title: string };
}

/**
 * The Projects screen: the workspace folder, the projects in it (search, sort, open, delete), a new release or
 * briefing pack, and the bin. Everything is reached by keyboard; dialogs are native modal <dialog>s that give focus back.
 */
export interface ProjectBrowserProps extends Navigation {
  /** What File > New … asked for: the browser opens its New release or New briefing pack dialog. */
  readonly newAsked?: 'release' | 'pack' | null;
  readonly onNewOpened?: () => void;
}

export function ProjectBrowser({ go, newAsked = null, onNewOpened }: ProjectBrowserProps) {
  const searchId = useId();
  const sortId = useId();
  const { rows, bin, error, refresh } = useProjectData();
  const [query, setQuery] = useState('');
  const [sortKey, setSortKey] = useState<SortKey>('last-changed');
  const [creating, setCreating] = useState(false);
  const [creatingPack, setCreatingPack] = useState(false);
  useEffect(() => {
    if (newAsked === null) return;
    if (newAsked === 'pack') setCreatingPack(true);
    else setCreating(true);
    onNewOpened?.();
  }, [newAsked, onNewOpened]);
  const [deleting, setDeleting] = useState<ListedProject | null>(null);
  const [news, setNews] = useState<News | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Prepared once per load. The table follows deferred copies of the query and the sort, so the search box and the
  // select answer each key at once and the table catches up (on a slow desktop, 500 rows take a moment to move).
  const projects = useMemo(() => prepareProjects(rows ?? []), [rows]);
  const deferredQuery = useDeferredValue(query);
  const deferredSort = useDeferredValue(sortKey);
  const shown = useMemo(() => sortProjects(filterProjects(projects, deferredQuery), deferredSort), [projects, deferredQuery, deferredSort]);
  const releases = useMemo(() => sortProjects(projects.filter((project) => project.row.ok && project.row.kind === 'release'), 'title'), [projects]);

  const open = useCallback((name: string) => go({ kind: 'editor', name }), [go]);
  const askToDelete = useCallback((project: ListedProject) => setDeleting(project), []);

  // The Delete button that was pressed leaves with its row: focus goes to Undo, the likeliest next step.
  useEffect(() => {
    if (news?.undo) undoButton.current?.focus();
  }, [news]);

  const moveToBin = async (project: ListedProject) => {
    const { binName } = await request('projects:delete', { name: project.row.name });
    setDeleting(null);
    setActionError(null);
    setNews({ text: `Moved “${project.title}” to the bin.`, undo: { binName, title: project.title } });
    await refresh();
  };

  const restore = async (binName: string, title: string) => {
    setActionError(null);
    try {
      await request('projects:restore', { binName });
      setNews({ text: `Restored “${title}”.` });
    } catch (failure) {
      setNews(null);
      setActionError(messageOf(failure));
    }
    await refresh();
  };

  // Undo goes with the message it belongs to, so focus moves to the top of the screen rather than to nowhere.
  const undo = (binName: string, title: string) => void restore(binName, title).then(() => heading.current?.focus());

  // restore uses only state setters and the stable refresh, so one function serves every render.
  const restoreFromBin = useCallback((row: BinRow) => restore(row.binName, row.title || row.binName), []);

  const loading = rows === null;
  return (
    <main className="screen project-browser">
      <ScreenHeading title="Projects" headingRef={heading}>
        <div className="screen-actions">
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            New release
          </button>
          <button type="button" className="primary" onClick={() => setCreatingPack(true)}>
            New briefing pack
          </button>
        </div>
      </ScreenHeading>

      <WorkspaceFolder onChanged={() => void refresh()} />

      <div role="status" className="status-line">
        {news && (
          <p className="notice">
            {news.text}{' '}
            {news.undo && (
              <button ref={undoButton} type="button" onClick={() => news.undo && undo(news.undo.binName, news.undo.title)}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      {actionError && (
        <p className="error-message" role="alert">
          {actionError}
        </p>
      )}

      <div className="list-controls">
        <div className="field">
          <label htmlFor={searchId}>Search projects</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={sortId}>Sort by</label>
          <select id={sortId} value={sortKey} onChange={(event) => isSortKey(event.target.value) && setSortKey(event.target.value)}>
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {loading ? (
        <p className="loading">Loading projects…</p>
      ) : projects.length === 0 ? (
        !error && <p className="empty-state">No projects yet. Start with New release or New briefing pack.</p>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {deferredQuery.trim() ? `${shown.length} of ${countProjects(projects.length)} match “${deferredQuery.trim()}”.` : countProjects(projects.length)}
          </p>
          {shown.length > 0 && <ProjectTable projects={shown} sortKey={deferredSort} onOpen={open} onDelete={askToDelete} />}
        </>
      )}

      <BinSection bin={bin} onRestore={restoreFromBin} />

      {creating && (
        <NewReleaseDialog releases={releases} onCreated={(name) => go({ kind: 'editor', name })} onClose={() => setCreating(false)} />
      )}
      {creatingPack && <NewPackDialog onCreated={(name) => go({ kind: 'editor', name })} onClose={() => setCreatingPack(false)} />}
      {deleting && (
        <ConfirmDialog title="Delete project" confirmLabel="Move to bin" danger onConfirm={() => moveToBin(deleting)} onCancel={() => setDeleting(null)}>
          <p>
            Move “{deleting.title}” to the bin? You can restore it from the bin.
          </p>
        </ConfirmDialog>
      )}
    </main>
  );
}

const countProjects = (count: number): string => `${count} ${count === 1 ? 'project' : 'projects'}`;
