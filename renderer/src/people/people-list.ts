import type { Person } from '../../../shared/model';

/*
 * The people directory's logic, pure so it is tested without a browser: how a person is named, the search, the
 * order, and where the host's validation messages belong in the form.
 */

/** The form's fields, in order, with their visible labels. */
export const PERSON_FIELDS = ['name', 'honorific', 'role', 'organisation', 'email', 'phone'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<PersonField, string>> = {
  name: 'Name',
  honorific: 'Honorific',
  role: 'Role',
  organisation: 'Organisation',
  email: 'Email',
  phone: 'Phone',
};

/** What the form holds: every field as text, empty for "not set". */
export type PersonDraft = Readonly<Record<PersonField, string>>;

export const draftOf = (person: Person | null): PersonDraft => ({
  name: person?.name ?? '',
  honorific: person?.honorific ?? '',
  role: person?.role ?? '',
  organisation: person?.organisation ?? '',
  email: person?.email ?? '',
  phone: person?.phone ?? '',
});

/**
 * The person to save: the draft's fields trimmed, empty ones as null (not set), over the person as it was, so
 * fields this form does not show are kept.
 */
export function personFrom(draft: PersonDraft, id: string, before: Person | null): Person {
  const value = (field: PersonField): string | null => draft[field].trim() || null;
  return {
    ...before,
    id,
    name: draft.name.trim(),
    honorific: value('honorific'),
    role: value('role'),
    organisation: value('organisation'),
    email: value('email'),
    phone: value('phone'),
  };
}

/** "Councillor Jane Smith": the name with its honorific, as an attribution would give it. */
export const displayName = (person: Pick<Person, 'name' | 'honorific'>): string => [person.honorific?.trim(), person.name.trim()].filter(Boolean).join(' ');

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** People in name order (by name, not honorific, so every councillor is not filed under C). */
export function sortPeople(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => collator.compare(a.name, b.name) || collator.compare(displayName(a), displayName(b)));
}

/** The people for whom every word of the query is in their name, honorific, role, organisation or email. */
export function filterPeople(people: readonly Person[], query: string): readonly Person[] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  if (words.length === 0) return people;
  return people.filter((person) => {
    const text = [person.honorific, person.name, person.role, person.organisation, person.email].filter(Boolean).join(' ').toLocaleLowerCase('en-GB');
    return words.every((word) => text.includes(word));
  });
}

export interface SaveProblems {
  /** A message for each field the host found wrong, as a sentence. */
  readonly fields: Partial<Readonly<Record<PersonField, string>>>;
  /** A message that belongs to no field, to show above the form; null when every message has a field. */
  readonly general: string | null;
}

const AT_FIELD = /(?:^|; )person\.([A-Za-z]+): /g;

const isPersonField = (value: string): value is PersonField => (PERSON_FIELDS as readonly string[]).includes(value);

const asSentence = (text: string): string => {
  const trimmed = text.trim().replace(/\.$/, '');
  return `${trimmed.charAt(0).toLocaleUpperCase('en-GB')}${trimmed.slice(1)}.`;
};

/**
 * Splits the host's refusal of people:save ("Pressdesk refused a malformed request (people:save): person.name: the
 * name is empty; fill it in; person.email: …") into a message per field. The messages themselves contain "; ", so
 * the split is at each "person.<field>: ", not at every semicolon. Anything else is shown whole.
 */
export function saveProblemsFrom(message: string): SaveProblems {
  const start = message.indexOf('): ');
  const details = start >= 0 ? message.slice(start + 3) : message;
  const found = [...details.matchAll(AT_FIELD)];
  if (found.length === 0) return { fields: {}, general: message };
  const fields: Partial<Record<PersonField, string>> = {};
  let unplaced = false;
  found.forEach((match, index) => {
    const end = found[index + 1]?.index ?? details.length;
    const field = match[1] ?? '';
    if (isPersonField(field)) fields[field] ??= asSentence(details.slice(match.index + match[0].length, end));
    else unplaced = true;
  });
  // A message about a field the form does not show (the id) makes sense only whole.
  return { fields, general: unplaced ? message : null };
}
