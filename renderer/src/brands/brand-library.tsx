import { useCallback, useEffect, useRef, useState } from 'react';
import type { BrandRow } from '../../../shared/ipc';
import type { Navigation } from '../app';
import { call, request } from '../ipc/client';
import { ConfirmDialog } from '../projects/confirm-dialog';
import { messageOf } from '../projects/message-of';
import { NewBrandDialog } from './new-brand-dialog';
import { ScreenHeading } from '../projects/screen-heading';
import '../projects/projects.css';
import './brands.css';

/** What the status line says after a delete, duplicate or restore, and what Undo would put back. */
interface News {
  readonly text: string;
  readonly undo?: { readonly binName: string; readonly name: string };
}

/**
 * The brand library: the brands built into Pressdesk (marked, read-only: Duplicate makes an editable copy) and the
 * workspace's own, to edit, duplicate and delete (with Undo, as the project browser's bin has). A project keeps its
 * own copy of a brand, so nothing here changes a release already written.
 */
export function BrandLibrary({ go }: Navigation) {
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [rows, setRows] = useState<readonly BrandRow[] | null>(null);
  const [fileProblems, setFileProblems] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<BrandRow | null>(null);
  const [news, setNews] = useState<News | null>(null);

  const refresh = useCallback(async () => {
    const result = await call('brands:list', {});
    if (result.ok) {
      setRows(result.value.rows);
      setFileProblems(result.value.problems);
    } else {
      setRows((before) => before ?? []);
      setError(result.error.message);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (news?.undo) undoButton.current?.focus();
  }, [news]);

  const duplicate = async (row: BrandRow) => {
    setError(null);
    const result = await call('brands:duplicate', { id: row.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    go({ kind: 'brand', id: result.value.id });
  };

  const remove = async (row: BrandRow) => {
    const { binName } = await request('brands:delete', { id: row.id });
    setDeleting(null);
    setError(null);
    setNews({ text: `Deleted the brand “${row.name}”.`, ...(binName ? { undo: { binName, name: row.name } } : {}) });
    await refresh();
  };

  const undo = async (binName: string, name: string) => {
    try {
      await request('brands:restore', { binName });
      setNews({ text: `Put back the brand “${name}”.` });
    } catch (failure) {
      setNews(null);
      setError(messageOf(failure));
    }
    await refresh();
    heading.current?.focus();
  };

  return (
    <main className="screen brand-library">
      <ScreenHeading title="Brands" headingRef={heading}>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New brand
        </button>
      </ScreenHeading>
      <p className="hint">Logos, colours, fonts and words for your releases. A release keeps its own copy of its brand, so changes here reach it only when you choose “Update to latest brand” in the release.</p>

      <div role="status" className="status-line">
        {news && (
          <p className="notice">
            {news.text}{' '}
            {news.undo && (
              <button ref={undoButton} type="button" onClick={() => news.undo && void undo(news.undo.binName, news.undo.name)}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {fileProblems.length > 0 && (
        <div className="notice">
          <p>Some brands in the workspace could not be read, and are left out of this list:</p>
          <ul>
            {fileProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {rows === null ? (
        <p className="loading">Loading brands…</p>
      ) : (
        <table className="data-table brand-table">
          <caption className="visually-hidden">Brands: built into Pressdesk first, then your own by name</caption>
          <thead>
            <tr>
              <th scope="col">Brand</th>
              <th scope="col">Label above releases</th>
              <th scope="col">Kind</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  {row.builtIn ? (
                    <span className="brand-name">{row.name}</span>
                  ) : (
                    <button type="button" className="link-button title-button" onClick={() => go({ kind: 'brand', id: row.id })}>
                      {row.name}
                    </button>
                  )}
                </td>
                <td>{row.label}</td>
                <td>{row.builtIn ? <span className="built-in-tag">Built in (read-only)</span> : 'Your brand'}</td>
                <td>
                  {!row.builtIn && (
                    <button type="button" onClick={() => go({ kind: 'brand', id: row.id })}>
                      Edit<span className="visually-hidden"> {row.name}</span>
                    </button>
                  )}
                  <button type="button" onClick={() => void duplicate(row)}>
                    Duplicate<span className="visually-hidden"> {row.name}</span>
                  </button>
                  {!row.builtIn && (
                    <button type="button" className="danger" onClick={() => setDeleting(row)}>
                      Delete<span className="visually-hidden"> {row.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {creating && <NewBrandDialog onCreated={(id) => go({ kind: 'brand', id })} onClose={() => setCreating(false)} />}
      {deleting && (
        <ConfirmDialog title="Delete brand" confirmLabel="Delete brand" danger onConfirm={() => remove(deleting)} onCancel={() => setDeleting(null)}>
          <p>Delete the brand “{deleting.name}”? Releases that use it keep their own copy. You can undo this straight afterwards.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
