import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Person } from '../../../shared/model';
import { call, request } from '../ipc/client';
import { ConfirmDialog } from '../projects/confirm-dialog';
import { PersonFormDialog } from './person-form-dialog';
import { displayName, filterPeople, sortPeople } from './people-list';
import { ScreenHeading } from '../projects/screen-heading';
import '../projects/projects.css';
import './people.css';

/** Which dialog is open: the form (for a new person when `person` is null), or the delete confirmation. */
type Open = { readonly kind: 'form'; readonly person: Person | null } | { readonly kind: 'delete'; readonly person: Person } | null;

/**
 * The People screen: everyone who is quoted or named as a contact (people:list), to add, edit and delete. A
 * release copies a person when it quotes them, so editing here never changes a release already written.
 */
export function PeopleDirectory() {
  const searchId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [people, setPeople] = useState<readonly Person[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** Entries of people.json that could not be read: kept in the file, listed here so someone can fix them. */
  const [fileProblems, setFileProblems] = useState<readonly string[]>([]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const [news, setNews] = useState('');

  const refresh = useCallback(async () => {
    const result = await call('people:list', {});
    if (result.ok) {
      setPeople(result.value.people);
      setFileProblems(result.value.problems);
      setLoadError(null);
    } else {
      setPeople((before) => before ?? []);
      setLoadError(result.error.message);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const sorted = useMemo(() => sortPeople(people ?? []), [people]);
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => filterPeople(sorted, deferredQuery), [sorted, deferredQuery]);

  const saved = (person: Person) => {
    setOpen(null);
    setNews(`Saved ${displayName(person)}.`);
    void refresh();
  };

  const remove = async (person: Person) => {
    await request('people:delete', { id: person.id });
    setOpen(null);
    setNews(`Deleted ${displayName(person)}.`);
    await refresh();
    // The Delete button went with its row.
    heading.current?.focus();
  };

  return (
    <main className="screen people-directory">
      <ScreenHeading title="People" headingRef={heading}>
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'form', person: null })}>
          Add person
        </button>
      </ScreenHeading>
      <p className="hint">The people you quote and name as contacts. A release keeps its own copy, so changes here do not alter releases already written.</p>

      <div role="status" className="status-line">
        {news && <p className="notice">{news}</p>}
      </div>
      {loadError && (
        <p className="error-message" role="alert">
          {loadError}
        </p>
      )}

      {fileProblems.length > 0 && (
        <div className="notice">
          <p>Some entries in the people file could not be read. They are kept as they are and left out of this list:</p>
          <ul>
            {fileProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="list-controls">
        <div className="field">
          <label htmlFor={searchId}>Search people</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
        </div>
      </div>

      {people === null ? (
        <p className="loading">Loading people…</p>
      ) : people.length === 0 ? (
        !loadError && <p className="empty-state">No people yet. Add the people you quote with Add person.</p>
      ) : shown.length === 0 ? (
        <p className="result-count" aria-live="polite">
          No one matches “{deferredQuery.trim()}”.
        </p>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {deferredQuery.trim() ? `${shown.length} of ${people.length} match “${deferredQuery.trim()}”.` : `${people.length} ${people.length === 1 ? 'person' : 'people'}.`}
          </p>
          <table className="data-table people-table">
            <caption className="visually-hidden">People, by name</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Organisation</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((person) => (
                <tr key={person.id}>
                  <td className="person-name">{displayName(person)}</td>
                  <td>{person.role}</td>
                  <td>{person.organisation}</td>
                  <td className="person-email">{person.email}</td>
                  <td className="person-phone">{person.phone}</td>
                  <td>
                    <button type="button" onClick={() => setOpen({ kind: 'form', person })}>
                      Edit<span className="visually-hidden"> {displayName(person)}</span>
                    </button>
                    <button type="button" className="danger" onClick={() => setOpen({ kind: 'delete', person })}>
                      Delete<span className="visually-hidden"> {displayName(person)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {open?.kind === 'form' && <PersonFormDialog person={open.person} onSaved={saved} onClose={() => setOpen(null)} />}
      {open?.kind === 'delete' && (
        <ConfirmDialog title="Delete person" confirmLabel="Delete" danger onConfirm={() => remove(open.person)} onCancel={() => setOpen(null)}>
          <p>Delete {displayName(open.person)} from the directory? Releases that already quote them keep their copy.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
