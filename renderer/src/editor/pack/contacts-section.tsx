import { memo, useMemo, useState } from 'react';
import { describeSpeaker } from '../../../../shared/compose/attribution';
import type { Person } from '../../../../shared/model';
import { readPeople } from '../attribution-text';
import { useEditor } from '../editor-context';
import { fieldId } from '../field-ids';
import { asArray, asRecord, asText } from '../json-path';
import { AddPersonRow, NobodyToPick, addPersonEdits } from '../speaker-picker';
import { useReorder } from '../use-reorder';
import type { SectionProps } from './list-sections';

/** One contact's details as the pack prints them: name, role, organisation, phone, email. */
const details = (person: Person): string =>
  [describeSpeaker(person), asText(person.phone), asText(person.email)].filter((part) => part.trim() !== '').join(' · ');

/**
 * Spokespeople and contacts: people picked from the directory (copied into the project's people, as quote speakers
 * are, so the pack keeps the role a person held when it was written), in order, each movable and removable.
 */
export const ContactsSection = memo(function ContactsSection({ path, section, people }: SectionProps & { readonly people: unknown }) {
  const api = useEditor();
  const listPath = useMemo(() => [...path, 'people'], [path]);
  const ids = asArray(asRecord(section).people);
  const inProject = readPeople(people);
  const selectId = fieldId(listPath);
  const [choice, setChoice] = useState('');
  const nameOf = (id: unknown): Person | undefined => inProject.find((entry) => entry.id === id);
  const label = (items: readonly unknown[], index: number) => `Contact ${nameOf(items[index])?.name ?? index + 1}`;
  const { move, remove, keyDown } = useReorder(listPath, ids, label, selectId);

  // The directory first; people only in this project (copied earlier, since edited or deleted there) after it.
  const candidates: Person[] = [...api.directory, ...inProject.filter((person) => !api.directory.some((entry) => entry.id === person.id))].filter(
    (person) => !ids.includes(person.id),
  );

  const add = () => {
    const person = candidates.find((candidate) => candidate.id === choice);
    if (!person) return;
    api.edit(addPersonEdits(people, person, listPath, ids.length));
    setChoice('');
    api.announce(`Added ${person.name} to the contacts`);
  };

  return (
    <div className="pack-contacts">
      {ids.length === 0 ? (
        <p className="hint">No contacts yet. Pick spokespeople and contacts from the people directory.</p>
      ) : (
        <ol className="contact-list">
          {ids.map((id, index) => {
            const person = nameOf(id);
            const name = person?.name ?? `Unknown person (${String(id)})`;
            const hidden = <span className="visually-hidden"> {name}</span>;
            const itemPath = [...listPath, index];
            return (
              <li key={`${String(id)}-${index}`} id={fieldId(itemPath)} tabIndex={-1} onKeyDown={(event) => keyDown(index, event)}>
                <span className="contact-details">{person ? details(person) : name}</span>
                <span className="item-controls">
                  <button type="button" className="small" id={fieldId([...itemPath, 'move-up'])} disabled={index === 0} onClick={() => move(index, index - 1)} aria-keyshortcuts="Alt+ArrowUp">
                    Move up{hidden}
                  </button>
                  <button type="button" className="small" id={fieldId([...itemPath, 'move-down'])} disabled={index === ids.length - 1} onClick={() => move(index, index + 1)} aria-keyshortcuts="Alt+ArrowDown">
                    Move down{hidden}
                  </button>
                  <button type="button" className="small danger" id={fieldId([...itemPath, 'remove'])} onClick={() => remove(index)}>
                    Remove{hidden}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <AddPersonRow selectId={selectId} label="Add contact" candidates={candidates} choice={choice} onChoose={setChoice} onAdd={add} addHidden="to the contacts" />
      {candidates.length === 0 && ids.length === 0 && <NobodyToPick />}
    </div>
  );
});
