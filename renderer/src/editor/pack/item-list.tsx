import { memo, useMemo, type KeyboardEvent, type ReactNode } from 'react';
import { useEditor } from '../editor-context';
import { BlockFrame } from '../block-frame';
import { fieldId } from '../field-ids';
import { asArray, type Path } from '../json-path';
import { useReorder } from '../use-reorder';

export interface ItemListProps {
  /** The array in the draft: a Q&A section's or a timeline's items. */
  readonly path: Path;
  /** The draft's value at `path`. */
  readonly items: unknown;
  /** What one item is called: "Question" makes legends "Question 1", "Question 2"… */
  readonly itemName: string;
  /** The add button's words ("Add question"). */
  readonly addLabel: string;
  /** A new, empty item. */
  readonly newItem: () => Record<string, unknown>;
  /** The field of a new item to put the cursor in ("q"). */
  readonly firstField: string;
  readonly emptyText: string;
  /** The fields of one item, at its path. */
  readonly renderFields: (path: Path, item: unknown) => ReactNode;
}

/**
 * A list of items, each a group named "<itemName> <n>" with Move up, Move down and Remove (Alt+ArrowUp / Alt+ArrowDown
 * move the item the focus is in, focus follows it, and the move or removal is announced, with Undo to bring it back),
 * and an add button after them that puts the cursor in the new item's first field.
 */
export function ItemList({ path, items: stored, itemName, addLabel, newItem, firstField, emptyText, renderFields }: ItemListProps) {
  const api = useEditor();
  const items = asArray(stored);
  const addId = fieldId([...path, 'add']);
  const label = useMemo(() => (_items: readonly unknown[], index: number) => `${itemName} ${index + 1}`, [itemName]);
  const { move, remove, keyDown } = useReorder(path, items, label, addId);

  const add = () => {
    const index = items.length;
    api.edit([{ op: 'insert', path, index, value: newItem() }]);
    api.focusSoon(fieldId([...path, index, firstField]), fieldId([...path, index]));
    api.announce(`Added ${itemName.toLowerCase()} ${index + 1}`);
  };

  return (
    <div className="item-list">
      {items.length === 0 && <p className="hint">{emptyText}</p>}
      {items.map((item, index) => (
        <Item
          key={index}
          path={path}
          index={index}
          item={item}
          label={`${itemName} ${index + 1}`}
          last={index === items.length - 1}
          move={move}
          remove={remove}
          keyDown={keyDown}
          renderFields={renderFields}
        />
      ))}
      <button type="button" id={addId} onClick={add}>
        {addLabel}
      </button>
    </div>
  );
}

interface ItemProps {
  readonly path: Path;
  readonly index: number;
  readonly item: unknown;
  readonly label: string;
  readonly last: boolean;
  readonly move: (from: number, to: number) => void;
  readonly remove: (index: number) => void;
  readonly keyDown: (index: number, event: KeyboardEvent) => void;
  readonly renderFields: (path: Path, item: unknown) => ReactNode;
}

/** One item in its frame; memo'd, so typing in one question of forty draws that question alone. */
const Item = memo(function Item({ path: listPath, index, item, label, last, move, remove, keyDown, renderFields }: ItemProps) {
  const path = useMemo(() => [...listPath, index], [listPath, index]);
  return (
    <BlockFrame
      path={path}
      label={label}
      className="item"
      hiddenName={label.toLowerCase()}
      first={index === 0}
      last={last}
      onMove={(direction) => move(index, index + direction)}
      onRemove={() => remove(index)}
      onKeyDown={(event) => keyDown(index, event)}
    >
      {renderFields(path, item)}
    </BlockFrame>
  );
});
