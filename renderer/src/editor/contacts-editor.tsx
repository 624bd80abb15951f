import { memo } from 'react';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asArray, asRecord } from './json-path';
import { TextField } from './text-field';
import { useReorder } from './use-reorder';

const CONTACTS = ['release', 'contacts'] as const;

const contactLabel = (_items: readonly unknown[], index: number): string => `Contact ${index + 1}`;

/**
 * "Media contacts": the press office people journalists call, each with name, role, phone and email. `contacts` is
 * the draft's release.contacts.
 */
export const ContactsEditor = memo(function ContactsEditor({ contacts }: { readonly contacts: unknown }) {
  const api = useEditor();
  const items = asArray(contacts);
  const addId = fieldId([...CONTACTS, 'add']);
  const { move, remove, keyDown } = useReorder(CONTACTS, items, contactLabel, addId);

  const add = () => {
    api.edit([{ op: 'insert', path: CONTACTS, index: items.length, value: { name: '', role: '', phone: '', email: '' } }]);
    api.focusSoon(fieldId([...CONTACTS, items.length, 'name']));
  };

  return (
    <section className="editor-section" aria-labelledby="editor-contacts-heading">
      <h2 id="editor-contacts-heading">Media contacts</h2>
      {items.map((item, index) => {
        const path = [...CONTACTS, index];
        const contact = asRecord(item);
        return (
          <fieldset key={index} className="block contact" id={fieldId(path)} tabIndex={-1} onKeyDown={(event) => keyDown(index, event)}>
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
              <TextField path={[...path, 'name']} value={contact.name} label="Name" autoComplete="off" />
              <TextField path={[...path, 'role']} value={contact.role} label="Role" />
              <TextField path={[...path, 'phone']} value={contact.phone} label="Phone" type="tel" />
              <TextField path={[...path, 'email']} value={contact.email} label="Email" type="email" />
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
});
