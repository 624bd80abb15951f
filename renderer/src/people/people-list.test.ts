import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/model';
import { displayName, draftOf, filterPeople, personFrom, saveProblemsFrom, sortPeople } from './people-list';

const person = (name: string, fields: Partial<Person> = {}): Person => ({ id: name, name, ...fields });

const PEOPLE: Person[] = [
  person('Jane Smith', { honorific: 'Councillor', role: 'Cabinet Member for Housing', organisation: 'Borders Council' }),
  person('Catriona Paton', { honorific: 'Chief Superintendent', role: 'Divisional Commander', organisation: 'Police Scotland' }),
  person('ralph roberts', { role: 'Chief Executive', organisation: 'NHS Borders', email: 'press@nhsborders.example' }),
];

describe('displayName', () => {
  it('puts the honorific before the name, as an attribution does', () => {
    expect(displayName(PEOPLE[0]!)).toBe('Councillor Jane Smith');
    expect(displayName(person('Ralph Roberts', { honorific: null }))).toBe('Ralph Roberts');
    expect(displayName(person('Ralph Roberts', { honorific: '  ' }))).toBe('Ralph Roberts');
  });
});

describe('sortPeople and filterPeople', () => {
  it('sorts by name, ignoring case and honorific', () => {
    expect(sortPeople(PEOPLE).map((p) => p.name)).toEqual(['Catriona Paton', 'Jane Smith', 'ralph roberts']);
  });

  it('finds people by any word of their name, honorific, role, organisation or email', () => {
    expect(filterPeople(PEOPLE, 'borders').map((p) => p.name)).toEqual(['Jane Smith', 'ralph roberts']);
    expect(filterPeople(PEOPLE, 'councillor smith').map((p) => p.name)).toEqual(['Jane Smith']);
    expect(filterPeople(PEOPLE, 'nhsborders.example')).toHaveLength(1);
    expect(filterPeople(PEOPLE, '')).toHaveLength(3);
  });
});

describe('personFrom', () => {
  it('trims the fields, stores empty ones as not set and keeps fields the form does not show', () => {
    const before = { ...PEOPLE[0]!, notes: 'Prefers email' } as Person;
    const saved = personFrom({ ...draftOf(before), name: ' Jane Smith ', role: '', phone: '01234 567890 ' }, before.id, before);
    expect(saved).toMatchObject({ id: 'Jane Smith', name: 'Jane Smith', honorific: 'Councillor', role: null, phone: '01234 567890', notes: 'Prefers email' });
  });
});

describe('saveProblemsFrom', () => {
  it('puts each of the host’s messages by its field, even when a message has a semicolon', () => {
    const problems = saveProblemsFrom(
      'Pressdesk refused a malformed request (people:save): person.name: the name is empty; fill it in; ' +
        'person.email: the email address does not look like an email address; write it like press@council.gov.uk.',
    );
    expect(problems).toEqual({
      fields: {
        name: 'The name is empty; fill it in.',
        email: 'The email address does not look like an email address; write it like press@council.gov.uk.',
      },
      general: null,
    });
  });

  it('keeps a message about no field of the form as a general message', () => {
    expect(saveProblemsFrom('The directory could not be saved because the disk is full.')).toEqual({
      fields: {},
      general: 'The directory could not be saved because the disk is full.',
    });
    const aboutId = 'Pressdesk refused a malformed request (people:save): person.id: is too long.';
    expect(saveProblemsFrom(aboutId)).toEqual({ fields: {}, general: aboutId });
  });
});
