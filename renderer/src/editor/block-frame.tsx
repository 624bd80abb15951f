import type { KeyboardEvent, ReactNode } from 'react';
import { fieldId } from './field-ids';
import type { Path } from './json-path';

interface BlockFrameProps {
  /** The block's path, e.g. ['release', 'body', 3]. */
  readonly path: Path;
  /** "Paragraph 2": the legend, so the block is a group of that name. */
  readonly label: string;
  readonly first: boolean;
  readonly last: boolean;
  readonly onMove: (direction: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** Another class beside "block" (a pack section, a question). */
  readonly className?: string;
  /** Said after each button's name to screen readers only ("Move up question 3"), where a page has many such lists. */
  readonly hiddenName?: string;
  readonly children: ReactNode;
}

/**
 * One block of the story: a fieldset named by its legend, with "Move up", "Move down" and "Remove". The fieldset can
 * take focus (tabIndex -1) so focus has somewhere to land when a neighbour is removed, or a problem points at it.
 */
export function BlockFrame({ path, label, first, last, onMove, onRemove, onKeyDown, className, hiddenName, children }: BlockFrameProps) {
  const hidden = hiddenName === undefined ? null : <span className="visually-hidden"> {hiddenName}</span>;
  return (
    <fieldset className={className ? `block ${className}` : 'block'} id={fieldId(path)} tabIndex={-1} onKeyDown={onKeyDown}>
      <legend>{label}</legend>
      <div className="block-controls">
        <button type="button" className="small" id={fieldId([...path, 'move-up'])} disabled={first} onClick={() => onMove(-1)} aria-keyshortcuts="Alt+ArrowUp">
          Move up{hidden}
        </button>
        <button type="button" className="small" id={fieldId([...path, 'move-down'])} disabled={last} onClick={() => onMove(1)} aria-keyshortcuts="Alt+ArrowDown">
          Move down{hidden}
        </button>
        <button type="button" className="small danger" id={fieldId([...path, 'remove'])} onClick={onRemove}>
          Remove{hidden}
        </button>
      </div>
      {children}
    </fieldset>
  );
}
