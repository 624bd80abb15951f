import { useState } from 'react';
import { describeSpeaker } from '../../../shared/compose/attribution';
import type { Person } from '../../../shared/model';
import { readPeople } from './attribution-text';
import { useEditor } from './editor-context';
import type { Edit } from './editor-state';
import { fieldId } from './field-ids';
import { asArray, asRecord, type Path } from './json-path';

/**
 * Who said the quote: the chosen speakers, each with "Remove", and an "Add speaker" select over the people directory.
 * Picking someone copies them into the project's people (unless the project already has that id), because a release
 * keeps the role a person held on the day it was issued even if the directory changes later. `speakers` is the
 * quote's speakers (ids) and `people` the draft's people, as the draft holds them.
 */
export function SpeakerPicker({ path, speakers: stored, people }: { readonly path: Path; readonly speakers: unknown; readonly people: unknown }) {
  const api = useEditor();
  const speakersPath = [...path, 'speakers'];
  const speakers = asArray(stored);
  const inProject = readPeople(people);
  const selectId = fieldId(speakersPath);
  const [choice, setChoice] = useState('');

  // The directory first; people only in this project (copied earlier, since edited or deleted there) after it.
  const candidates: Person[] = [...api.directory, ...inProject.filter((person) => !api.directory.some((entry) => entry.id === person.id))].filter(
    (person) => !speakers.includes(person.id),
  );
  const nameOf = (id: unknown): string => {
    const person = inProject.find((entry) => entry.id === id);
    return person ? describeSpeaker(person) : `Unknown person (${String(id)})`;
  };

  const add = () => {
    const person = candidates.find((candidate) => candidate.id === choice);
    if (!person) return;
    api.edit(addPersonEdits(people, person, speakersPath, speakers.length));
    setChoice('');
    api.announce(`Added ${person.name} as a speaker`);
  };

  const remove = (index: number) => {
    const name = nameOf(speakers[index]);
    api.edit([{ op: 'remove', path: speakersPath, index }]);
    api.focusSoon(fieldId([...speakersPath, index, 'remove']), fieldId([...speakersPath, index - 1, 'remove']), selectId);
    api.announce(`Removed ${name} from the speakers`);
  };

  return (
    <div className="speakers">
      <h3 className="field-heading" id={`${selectId}-heading`}>
        Speakers
      </h3>
      {speakers.length === 0 ? (
        <p className="hint">No speaker yet. A quote needs at least one; several make a joint quote.</p>
      ) : (
        <ul className="speaker-list" aria-labelledby={`${selectId}-heading`}>
          {speakers.map((id, index) => (
            <li key={`${String(id)}-${index}`}>
              <span>{nameOf(id)}</span>{' '}
              <button type="button" className="small danger" id={fieldId([...speakersPath, index, 'remove'])} onClick={() => remove(index)}>
                Remove<span className="visually-hidden"> {nameOf(id)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddPersonRow selectId={selectId} label="Add speaker" candidates={candidates} choice={choice} onChoose={setChoice} onAdd={add} />
      {candidates.length === 0 && speakers.length === 0 && <NobodyToPick />}
    </div>
  );
}

interface AddPersonRowProps {
  readonly selectId: string;
  /** The select's label ("Add speaker", "Add contact"). */
  readonly label: string;
  readonly candidates: readonly Person[];
  readonly choice: string;
  readonly onChoose: (id: string) => void;
  readonly onAdd: () => void;
  /** Words after "Add" for screen readers only, when "Add" alone would be unclear. */
  readonly addHidden?: string;
}

/** A person chosen from the directory, then added (to a quote's speakers, a pack's contacts). */
export function AddPersonRow({ selectId, label, candidates, choice, onChoose, onAdd, addHidden }: AddPersonRowProps) {
  return (
    <div className="field inline-row">
      <label htmlFor={selectId}>{label}</label>
      <select id={selectId} value={choice} onChange={(event) => onChoose(event.target.value)}>
        <option value="">Choose a person…</option>
        {candidates.map((person) => (
          <option key={person.id} value={person.id}>
            {describeSpeaker(person)}
          </option>
        ))}
      </select>
      <button type="button" onClick={onAdd} disabled={choice === ''}>
        Add{addHidden && <span className="visually-hidden"> {addHidden}</span>}
      </button>
    </div>
  );
}

/**
 * Edits that put a person from the directory at `index` of a list of person ids, copying the person into the
 * project's `people` first unless the project has them already (the project keeps its own copy of everyone it names).
 */
export function addPersonEdits(people: unknown, person: Person, listPath: Path, index: number): Edit[] {
  const present = asArray(people);
  const copy: Edit[] = present.some((entry) => asRecord(entry).id === person.id) ? [] : [{ op: 'insert', path: ['people'], index: present.length, value: { ...person } }];
  return [...copy, { op: 'insert', path: listPath, index, value: person.id }];
}

/** Said when the directory has nobody to choose. */
export const NobodyToPick = () => <p className="hint">There is nobody to pick yet: add people in the People screen first.</p>;
