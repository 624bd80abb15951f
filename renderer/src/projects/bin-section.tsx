import { useId, useMemo, useRef, useState } from 'react';
import type { BinRow } from '../../../shared/ipc';
import { formatDateTime } from './format';

export interface BinSectionProps {
  readonly bin: readonly BinRow[];
  /** Puts a project back in the workspace; resolves when the lists have been read again. */
  readonly onRestore: (row: BinRow) => Promise<void>;
}

/** The bin, behind a disclosure button that says how many projects are in it. */
export function BinSection({ bin, onRestore }: BinSectionProps) {
  const panelId = useId();
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // Most recently binned first: the one just deleted is the one most likely wanted back.
  const rows = useMemo(() => [...bin].sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0)), [bin]);

  return (
    <section className="bin-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Bin</h2>
      <button ref={toggle} type="button" aria-expanded={expanded} aria-controls={panelId} onClick={() => setExpanded(!expanded)}>
        {expanded ? 'Hide' : 'Show'} bin ({bin.length})
      </button>
      <div id={panelId} hidden={!expanded}>
        {rows.length === 0 ? (
          <p>The bin is empty.</p>
        ) : (
          <table className="data-table bin-table">
            <caption className="visually-hidden">Projects in the bin, most recently moved first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Moved to bin</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.binName}>
                  <td>{row.title || row.binName}</td>
                  <td>{formatDateTime(row.deletedAt) ?? <span className="muted">Unknown</span>}</td>
                  <td>
                    <button type="button" onClick={() => void onRestore(row).then(() => toggle.current?.focus())}>
                      Restore<span className="visually-hidden"> “{row.title || row.binName}”</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
