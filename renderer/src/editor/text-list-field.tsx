import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { InlineTextField } from './inline-text-field';
import { asArray, type Path } from './json-path';
import { useReorder } from './use-reorder';

interface TextListFieldProps {
  /** The array of inline texts: a list's items, a quote's paragraphs, the notes to editors. */
  readonly path: Path;
  /** The draft's value at `path`: the texts (anything but an array counts as none). */
  readonly value: unknown;
  /** What one is called on screen: "Item", "Note", "Quote paragraph". */
  readonly itemName: string;
  /** The add button's words: "Add item". */
  readonly addLabel: string;
  readonly rows?: number;
}

/**
 * An ordered list of inline texts, one textarea each (not one item per line): every item gets its own id, so a
 * problem in the third list item takes the user to exactly that text, the formatting buttons work item by item, and
 * an item may wrap over several lines on screen without becoming two items.
 */
export function TextListField({ path, value, itemName, addLabel, rows = 2 }: TextListFieldProps) {
  const api = useEditor();
  const items = asArray(value);
  const addId = fieldId([...path, 'add']);
  const { move, remove, keyDown } = useReorder(path, items, (_items, index) => `${itemName} ${index + 1}`, addId);

  const add = () => {
    api.edit([{ op: 'insert', path, index: items.length, value: '' }]);
    api.focusSoon(fieldId([...path, items.length]));
  };

  return (
    <div className="text-list">
      {items.length > 0 && (
        <ol className="text-list-items">
          {items.map((item, index) => {
            const hidden = ` ${itemName.toLowerCase()} ${index + 1}`;
            return (
              <li key={index} className="text-list-item" onKeyDown={(event) => keyDown(index, event)}>
                <InlineTextField path={[...path, index]} value={item} label={`${itemName} ${index + 1}`} rows={rows} />
                <div className="item-controls">
                  <button type="button" className="small" id={fieldId([...path, index, 'move-up'])} disabled={index === 0} onClick={() => move(index, index - 1)}>
                    Move up<span className="visually-hidden">{hidden}</span>
                  </button>
                  <button
                    type="button"
                    className="small"
                    id={fieldId([...path, index, 'move-down'])}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    Move down<span className="visually-hidden">{hidden}</span>
                  </button>
                  <button type="button" className="small danger" id={fieldId([...path, index, 'remove'])} onClick={() => remove(index)}>
                    Remove<span className="visually-hidden">{hidden}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" id={addId} onClick={add}>
        {addLabel}
      </button>
    </div>
  );
}
