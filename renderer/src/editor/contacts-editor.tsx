import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { TextField } from './text-field';
import { useReorder } from './use-reorder';

const CONTACTS = ['release', 'contacts'] as const;

/** "Media contacts": the press office people journalists call, each with name, role, phone and email. */
export function ContactsEditor() {
  const api = useEditor();
  const addId = fieldId([...CONTACTS, 'add']);
  const { items, move, remove, onKeyDown } = useReorder(CONTACTS, (_items, index) => `Contact ${index + 1}`, addId);

  const add = () => {
    api.edit([{ op: 'insert', path: CONTACTS, index: items.length, value: { name: '', role: '', phone: '', email: '' } }]);
    api.focusSoon(fieldId([...CONTACTS, items.length, 'name']));
  };

  return (
    <section className="editor-section" aria-labelledby="editor-contacts-heading">
      <h2 id="editor-contacts-heading">Media contacts</h2>
      {items.map((_contact, index) => {
        const path = [...CONTACTS, index];
        return (
          <fieldset key={index} className="block contact" id={fieldId(path)} tabIndex={-1} onKeyDown={onKeyDown(index)}>
            <legend>Contact {index + 1}</legend>
            <div className="block-controls">
              <button type="button" className="small" id={fieldId([...path, 'move-up'])} disabled={index === 0} onClick={() => move(index, index - 1)}>
                Move up
              </button>
              <button type="button" className="small" id={fieldId([...path, 'move-down'])} disabled={index === items.length - 1} onClick={() => move(index, index + 1)}>
                Move down
              </button>
              <button type="button" className="small danger" id={fieldId([...path, 'remove'])} onClick={() => remove(index)}>
                Remove
              </button>
            </div>
            <div className="field-row">
              <TextField path={[...path, 'name']} label="Name" autoComplete="off" />
              <TextField path={[...path, 'role']} label="Role" />
              <TextField path={[...path, 'phone']} label="Phone" type="tel" />
              <TextField path={[...path, 'email']} label="Email" type="email" />
            </div>
          </fieldset>
        );
      })}
      {items.length === 0 && <p>No media contact yet. Journalists expect one.</p>}
      <button type="button" id={addId} onClick={add}>
        Add contact
      </button>
    </section>
  );
}
