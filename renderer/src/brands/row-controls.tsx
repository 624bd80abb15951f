import type { KeyboardEvent } from 'react';

interface RowControlsProps {
  /** The id stem of the row ("brand-partners-2"): the buttons are `<stem>-up`, `-down`, `-remove`. */
  readonly stem: string;
  /** What the row is called ("partner 2, NHS Borders"), for the buttons' accessible names. */
  readonly name: string;
  readonly index: number;
  readonly count: number;
  readonly removeLabel: string;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}

/** Move up, Move down and Remove for one row of a list the user orders. */
export function RowControls({ stem, name, index, count, removeLabel, onMove, onRemove }: RowControlsProps) {
  return (
    <div className="row-controls">
      <button type="button" id={`${stem}-up`} disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-keyshortcuts="Alt+ArrowUp">
        Move up<span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" id={`${stem}-down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-keyshortcuts="Alt+ArrowDown">
        Move down<span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" id={`${stem}-remove`} className="danger" onClick={() => onRemove(index)}>
        {removeLabel}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}

/** Alt+ArrowUp / Alt+ArrowDown anywhere in a row moves it, as in the release editor's body. */
export function rowKeyDown(index: number, onMove: (from: number, to: number) => void) {
  return (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    onMove(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
}

/** The id of the same control in the row's new place: `brand-partners-0-name` moved to 2 is `brand-partners-2-name`. */
export function movedControlId(active: string, list: string, from: number, to: number): string | null {
  const prefix = `brand-${list}-${from}`;
  if (active !== prefix && !active.startsWith(`${prefix}-`)) return null;
  return `brand-${list}-${to}${active.slice(prefix.length)}`;
}
