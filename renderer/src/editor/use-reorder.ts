import type { KeyboardEvent } from 'react';
import { useEditor } from './editor-context';
import { fieldId, movedId } from './field-ids';
import { asArray, getIn, type Path } from './json-path';

const lower = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * Moving and removing the elements of one array of the draft (story blocks, list items, notes…), the same way
 * everywhere: focus follows the moved element (to the same control inside it), the live region says what happened
 * ("Moved paragraph 2 up to position 1"), and Alt+ArrowUp / Alt+ArrowDown move the element the focus is in.
 * `label` names an element as its legend or label does; `emptyFocusId` takes focus when the last one is removed.
 */
export function useReorder(path: Path, label: (items: readonly unknown[], index: number) => string, emptyFocusId: string) {
  const api = useEditor();
  const items = asArray(getIn(api.project, path));

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    const name = label(items, from);
    const active = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    api.edit([{ op: 'move', path, from, to }]);
    const element = fieldId([...path, to]);
    api.focusSoon(
      ...(active ? [movedId(active, path, from, to)] : []),
      fieldId([...path, to, to < from ? 'move-up' : 'move-down']),
      fieldId([...path, to, to < from ? 'move-down' : 'move-up']),
      element,
    );
    api.announce(`Moved ${lower(name)} ${to < from ? 'up' : 'down'} to position ${to + 1}`);
  };

  const remove = (index: number) => {
    const name = label(items, index);
    api.edit([{ op: 'remove', path, index }]);
    api.focusSoon(fieldId([...path, index]), fieldId([...path, index - 1]), emptyFocusId);
    api.announce(`Removed ${lower(name)}. Undo (Ctrl+Z) brings it back.`);
  };

  /** Alt+ArrowUp / Alt+ArrowDown inside element `index`; the innermost list handles the keys. */
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    // Alt+ArrowDown opens a select's list on Windows; leave it to the select.
    if (event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    event.stopPropagation();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  return { items, move, remove, onKeyDown };
}
