import { memo } from 'react';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asRecord } from './json-path';
import type { BlockProps } from './text-blocks';
import { TextListField } from './text-list-field';

/** A bulleted or numbered list: the "Numbered list" checkbox and one textarea per item. */
export const ListBlock = memo(function ListBlock({ path, block }: BlockProps) {
  const { set } = useEditor();
  const { ordered, items } = asRecord(block);
  const id = fieldId([...path, 'ordered']);
  return (
    <>
      <div className="field checkbox-field">
        <input id={id} type="checkbox" checked={ordered === true} onChange={(event) => set([...path, 'ordered'], event.target.checked)} />
        <label htmlFor={id}>Numbered list</label>
      </div>
      <TextListField path={[...path, 'items']} value={items} itemName="Item" addLabel="Add item" />
    </>
  );
});
