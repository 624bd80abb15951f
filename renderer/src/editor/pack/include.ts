import type { OutputOf } from '../../../../shared/ipc';
import { PersonSchema, type Person } from '../../../../shared/model';
import type { Edit } from '../editor-state';
import { asArray, asRecord } from '../json-path';
import { DEFAULT_TITLES, SECTIONS_PATH } from './section-kinds';

export type Included = OutputOf<'pack:include-release'>;

/**
 * The draft's people that can cross the contract (each checked with the model's schema): the host keeps the copied
 * release's speaker ids apart from these. A half-filled person (no name yet) is left out, which only means its id
 * might be reused: the host renames on a clash with a valid person, and a half-filled one is an error to fix anyway.
 */
export function sendablePeople(people: unknown): Person[] {
  return asArray(people).flatMap((person) => {
    const parsed = PersonSchema.safeParse(person);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The people of the copy the draft does not hold yet (by id), as inserts at the end of its people. */
function peopleEdits(people: unknown, included: Included): Edit[] {
  const present = asArray(people);
  const ids = new Set(present.map((person) => asRecord(person).id));
  const edits: Edit[] = [];
  for (const person of included.people) {
    if (ids.has(person.id)) continue;
    ids.add(person.id);
    edits.push({ op: 'insert', path: ['people'], index: present.length + edits.length, value: { ...person } });
  }
  return edits;
}

/** A new release section at `index` of the pack's sections, with the people its quotes name: one undo step. */
export function includeEdits(people: unknown, included: Included, index: number): Edit[] {
  const section = { type: 'release', title: DEFAULT_TITLES.release, release: included.release, source: included.source };
  return [...peopleEdits(people, included), { op: 'insert', path: SECTIONS_PATH, index, value: section }];
}

/** The release section at `index` copied again from its source ("Update from …"), keeping its title: one undo step. */
export function updateEdits(people: unknown, included: Included, index: number): Edit[] {
  return [
    ...peopleEdits(people, included),
    { op: 'set', path: [...SECTIONS_PATH, index, 'release'], value: included.release },
    { op: 'set', path: [...SECTIONS_PATH, index, 'source'], value: included.source },
  ];
}
