import { attributionLine } from '../../../shared/compose/attribution';
import type { Person } from '../../../shared/model';
import { asArray, asRecord, asText } from './json-path';

/** A project person as the draft holds it (maybe half-filled), read as a Person for the attribution rules. */
export function readPerson(value: unknown): Person | null {
  const record = asRecord(value);
  const id = asText(record.id);
  const name = asText(record.name).trim();
  if (!id || !name) return null;
  return {
    ...record,
    id,
    name,
    honorific: asText(record.honorific) || undefined,
    role: asText(record.role) || undefined,
    organisation: asText(record.organisation) || undefined,
  } as Person;
}

/** The readable people of a draft's `people` array (anything but an array counts as none). */
export const readPeople = (people: unknown): Person[] => asArray(people).flatMap((person) => readPerson(person) ?? []);

/** The project's people, readable ones only. */
export const projectPeople = (project: unknown): Person[] => readPeople(asRecord(project).people);

/**
 * "Will be printed as:" under a quote: the attribution shared/compose prints, for the speakers picked so far, or
 * null when there are none to show.
 */
export function attributionPreview(speakerIds: readonly unknown[], people: readonly Person[]): string | null {
  const speakers = speakerIds.flatMap((id) => people.find((person) => person.id === id) ?? []);
  return speakers.length > 0 ? attributionLine(speakers) : null;
}
