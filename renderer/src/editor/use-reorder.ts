import { useCallback, type KeyboardEvent } from 'react';
import { useEditor } from './editor-context';
import { fieldId, movedId } from './field-ids';
import type { Path } from './json-path';
import { useLatest } from './use-latest';

const lower = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * Moving and removing the elements of one array of the draft (story blocks, list items, notes…), the same way
 * everywhere: focus follows the moved element (to the same control inside it), the live region says what happened
 * ("Moved paragraph 2 up to position 1"), and Alt+ArrowUp / Alt+ArrowDown move the element the focus is in.
 * `items` is the array as drawn; `label` names an element as its legend or label does; `emptyFocusId` takes focus
 * when the last one is removed.
 *
 * The functions returned keep their identity for the component's life (they read the newest arguments when called)
 * and take the element's index, so memo'd elements can be given them without being drawn again on every change.
 */
export function useReorder(path: Path, items: readonly unknown[], label: (items: readonly unknown[], index: number) => string, emptyFocusId: string) {
  const { edit, focusSoon, announce } = useEditor();
  const latest = useLatest({ path, items, label, emptyFocusId });

  const move = useCallback(
    (from: number, to: number) => {
      const { path, items, label } = latest.current;
      if (to < 0 || to >= items.length || from === to) return;
      const name = label(items, from);
      const active = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
      edit([{ op: 'move', path, from, to }]);
      const element = fieldId([...path, to]);
      focusSoon(
        ...(active ? [movedId(active, path, from, to)] : []),
        fieldId([...path, to, to < from ? 'move-up' : 'move-down']),
        fieldId([...path, to, to < from ? 'move-down' : 'move-up']),
        element,
      );
      announce(`Moved ${lower(name)} ${to < from ? 'up' : 'down'} to position ${to + 1}`);
    },
    [latest, edit, focusSoon, announce],
  );

  const remove = useCallback(
    (index: number) => {
      const { path, items, label, emptyFocusId } = latest.current;
      const name = label(items, index);
      edit([{ op: 'remove', path, index }]);
      focusSoon(fieldId([...path, index]), fieldId([...path, index - 1]), emptyFocusId);
      announce(`Removed ${lower(name)}. Undo (Ctrl+Z) brings it back.`);
    },
    [latest, edit, focusSoon, announce],
  );

  /** Alt+ArrowUp / Alt+ArrowDown inside element `index`; the innermost list handles the keys. */
  const keyDown = useCallback(
    (index: number, event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      // Alt+ArrowDown opens a select's list on Windows; leave it to the select.
      if (event.target instanceof HTMLSelectElement) return;
      event.preventDefault();
      event.stopPropagation();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
    },
    [move],
  );

  return { move, remove, keyDown };
}
