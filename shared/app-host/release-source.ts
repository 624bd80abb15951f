import { createHash } from 'node:crypto';
import type { Person, Release } from '../model';

/*
 * The pure half of including one project's release in a briefing pack: which people the release names, its
 * fingerprint (so the pack can tell when the source has changed since the copy), and keeping the copy's person ids
 * apart from the pack's own.
 */

/** The ids the release's quotes name, each once, in the order they first appear. */
export function speakerIds(release: Release): string[] {
  const ids: string[] = [];
  for (const block of release.body) {
    if (block.type !== 'quote') continue;
    for (const id of block.speakers) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** JSON with every object's keys sorted, so the same content always gives the same text whatever the key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The SHA-256 (hex) of a release and the people it names, as the source project holds them. Everything that prints
 * in the copy is in it: the words, and each speaker's name, honorific and role (a role changed in the source changes
 * the attribution). The project's status, title and brand are not: they do not reach the pack.
 */
export function releaseHash(release: Release, people: readonly Person[]): string {
  return createHash('sha256').update(stableJson({ release, people })).digest('hex');
}

/**
 * The release's people as the pack should hold them, and the release with its speakers renamed to match. A person
 * whose id the pack already uses for the same details keeps it (and is not added twice); one whose id the pack uses
 * for someone else gets a new id (`<id>-2`, `-3`…), so a pack that includes two releases, each with its own "p1",
 * attributes each quote to the right person.
 */
export function keepIdsApart(release: Release, people: readonly Person[], packPeople: readonly Person[]): { release: Release; people: Person[] } {
  const taken = new Map(packPeople.map((person) => [person.id, person]));
  const renamed = new Map<string, string>();
  const added: Person[] = [];
  for (const person of people) {
    const existing = taken.get(person.id);
    if (existing === undefined) {
      taken.set(person.id, person);
      added.push(person);
      continue;
    }
    if (stableJson(existing) === stableJson(person)) {
      added.push(person);
      continue;
    }
    let n = 2;
    while (taken.has(`${person.id}-${n}`)) n += 1;
    const id = `${person.id}-${n}`;
    renamed.set(person.id, id);
    const copy = { ...person, id };
    taken.set(id, copy);
    added.push(copy);
  }
  if (renamed.size === 0) return { release, people: added };
  return {
    release: {
      ...release,
      body: release.body.map((block) => (block.type === 'quote' ? { ...block, speakers: block.speakers.map((id) => renamed.get(id) ?? id) } : block)),
    },
    people: added,
  };
}
