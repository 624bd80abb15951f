import { asArray, asRecord, asText } from '../json-path';

/** The kinds of briefing pack section (shared/model pack.ts), in the order the "Add …" buttons offer them. */
export const SECTION_TYPES = ['text', 'messages', 'qa', 'timeline', 'contacts', 'release'] as const;
export type SectionType = (typeof SECTION_TYPES)[number];

export const isSectionType = (value: unknown): value is SectionType => SECTION_TYPES.includes(value as SectionType);

/** What each kind is called on screen. */
export const SECTION_NAMES: Readonly<Record<SectionType, string>> = {
  text: 'Text',
  messages: 'Key messages',
  qa: 'Questions and answers',
  timeline: 'Timeline',
  contacts: 'Contacts',
  release: 'Press release',
};

/** The title a new section of each kind starts with (what press offices call it). */
export const DEFAULT_TITLES: Readonly<Record<SectionType, string>> = {
  text: 'Situation summary',
  messages: 'Key messages',
  qa: 'Reactive questions and lines to take',
  timeline: 'Handling plan',
  contacts: 'Spokespeople and contacts',
  release: 'Press release',
};

export const SECTIONS_PATH = ['pack', 'sections'] as const;

/** A new, empty section of a kind (a release section is only ever made from a copied release: see include.ts). */
export function newSection(type: Exclude<SectionType, 'release'>): Record<string, unknown> {
  const title = DEFAULT_TITLES[type];
  switch (type) {
    case 'text':
      return { type, title, body: [] };
    case 'messages':
    case 'qa':
    case 'timeline':
      return { type, title, items: [] };
    case 'contacts':
      return { type, title, people: [] };
  }
}

/** A section's legend: "Section 2: Key messages", by position, so "the second section" means what it says. */
export function sectionLabel(sections: readonly unknown[], index: number): string {
  const type = asRecord(sections[index]).type;
  return `Section ${index + 1}: ${isSectionType(type) ? SECTION_NAMES[type] : 'Unknown kind'}`;
}

/** A section as the announcements name it: its title when it has one. */
export function sectionName(sections: readonly unknown[], index: number): string {
  const title = asText(asRecord(sections[index]).title).trim();
  return title ? `section “${title}”` : `section ${index + 1}`;
}

/** How one item of each list-like section is called ("Question 3"). */
export const ITEM_NAMES: Readonly<Record<string, string>> = { messages: 'Message', qa: 'Question', timeline: 'Row', people: 'Contact' };

/** Words for the checks panel: "Section 3 (Reactive questions…), Question 4, Line to take". */
const ITEM_FIELDS: Readonly<Record<string, string>> = { q: 'Question', a: 'Line to take', when: 'When', what: 'What', who: 'Who' };
const PACK_FIELDS: Readonly<Record<string, string>> = { title: 'Title', audience: 'Audience', date: 'Date', classification: 'Classification', sections: 'Sections' };

export function describePackField(path: readonly (string | number)[], project: unknown, describeBlock: (body: readonly unknown[], index: number) => string): string | null {
  const [top, key, index, field, item, sub] = path;
  if (top !== 'pack') return null;
  if (typeof key !== 'string') return 'Briefing pack';
  if (key !== 'sections' || typeof index !== 'number') return PACK_FIELDS[key] ?? null;
  const sections = asArray(asRecord(asRecord(project).pack).sections);
  const parts = [sectionLabel(sections, index)];
  if (field === 'title') parts.push('Section title');
  else if (field === 'body' && typeof item === 'number') parts.push(describeBlock(asArray(asRecord(sections[index]).body), item));
  else if (field === 'release') parts.push(typeof item === 'string' ? `included release, ${item}` : 'included release');
  else if ((field === 'items' || field === 'people') && typeof item === 'number') {
    const type = asText(asRecord(sections[index]).type);
    parts.push(`${ITEM_NAMES[field === 'people' ? 'people' : type] ?? 'Item'} ${item + 1}`);
    if (typeof sub === 'string' && ITEM_FIELDS[sub]) parts.push(ITEM_FIELDS[sub]!);
  }
  return parts.join(', ');
}
