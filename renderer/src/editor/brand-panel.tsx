import { memo, useEffect, useId, useState } from 'react';
import type { BrandRow } from '../../../shared/ipc';
import { call } from '../ipc/client';
import { asRecord, asText } from './json-path';
import '../brands/brands.css';

/** What the last apply or update did, shown in the panel after the project has been opened again. */
export interface BrandNews {
  readonly brandName: string;
  readonly changes: readonly string[];
  readonly savedTo: 'project' | 'draft';
}

interface BrandPanelProps {
  /** The project's brand as the editor holds it (project.brand). */
  readonly brand: unknown;
  readonly news: BrandNews | null;
  /** True while a brand is being applied: the panel's buttons wait. */
  readonly busy: boolean;
  readonly error: string | null;
  /** Applies (or refreshes) the library brand `id`; the editor saves first and opens the project again after. */
  readonly onApply: (id: string, brandName: string) => void;
}

/**
 * "Brand": which brand the release uses, a choice from the brand library to apply, and "Update to latest brand" when
 * the project's copy came from the library. The project keeps its own copy (project:apply-brand writes it), so a
 * change in the library reaches a release only when asked for here, with the list of what changed.
 */
export const BrandPanel = memo(function BrandPanel({ brand, news, busy, error, onApply }: BrandPanelProps) {
  const selectId = useId();
  const [rows, setRows] = useState<readonly BrandRow[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const current = asRecord(brand);
  const sourceId = asText(asRecord(current.source).id);
  const [chosen, setChosen] = useState(sourceId);

  useEffect(() => {
    let live = true;
    void call('brands:list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setRows(result.value.rows);
      else setListError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);

  const fromLibrary = rows?.find((row) => row.id === sourceId);
  const selected = rows?.find((row) => row.id === (chosen || rows[0]?.id));
  const currentName = asText(current.name) || 'Press office (the plain brand)';

  return (
    <section className="panel brand-panel" aria-labelledby="editor-brand-heading">
      <h2 id="editor-brand-heading">Brand</h2>
      <p className="brand-current">
        This release uses <strong>{currentName}</strong>
        {sourceId ? (fromLibrary ? `, from the brand library (“${fromLibrary.name}”).` : ', copied from a brand no longer in the library.') : '.'}
      </p>
      {listError && <p className="error-message">The brand library could not be read: {listError}</p>}
      {rows !== null && rows.length > 0 && (
        <div className="brand-actions">
          <div className="field">
            <label htmlFor={selectId}>Brand from the library</label>
            <select id={selectId} value={selected?.id ?? ''} onChange={(event) => setChosen(event.target.value)} disabled={busy}>
              {rows.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.name}
                  {row.builtIn ? ' (built in)' : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={busy || !selected} onClick={() => selected && onApply(selected.id, selected.name)}>
            Apply brand
          </button>
          {fromLibrary && (
            <button type="button" disabled={busy} onClick={() => onApply(fromLibrary.id, fromLibrary.name)}>
              Update to latest brand
            </button>
          )}
        </div>
      )}
      <div role="status">
        {busy && <p>Applying the brand…</p>}
        {news && !busy && (
          <>
            <p>
              {news.changes.length === 0
                ? `The release already has the latest “${news.brandName}” brand; nothing changed.`
                : `The release now has the latest “${news.brandName}” brand. What changed:`}
            </p>
            {news.changes.length > 0 && (
              <ul className="brand-changes">
                {news.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            )}
            {news.savedTo === 'draft' && <p className="hint">It is kept with your unsaved changes, and reaches the project file when the release is complete enough to save.</p>}
          </>
        )}
      </div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </section>
  );
});
