import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { getIn, type Path } from './json-path';
import { TextListField } from './text-list-field';

/** A bulleted or numbered list: the "Numbered list" checkbox and one textarea per item. */
export function ListBlock({ path }: { readonly path: Path }) {
  const { project, set } = useEditor();
  const id = fieldId([...path, 'ordered']);
  return (
    <>
      <div className="field checkbox-field">
        <input id={id} type="checkbox" checked={getIn(project, [...path, 'ordered']) === true} onChange={(event) => set([...path, 'ordered'], event.target.checked)} />
        <label htmlFor={id}>Numbered list</label>
      </div>
      <TextListField path={[...path, 'items']} itemName="Item" addLabel="Add item" />
    </>
  );
}
