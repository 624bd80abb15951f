import { asArray, asRecord, type Path } from './json-path';
import { describePackField } from './pack/section-kinds';

/** The kinds of block the story is made of (shared/model release.ts), in the order the "Add …" buttons offer them. */
export const BLOCK_TYPES = ['paragraph', 'heading', 'list', 'quote', 'image'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export const BLOCK_NAMES: Readonly<Record<BlockType, string>> = {
  paragraph: 'Paragraph',
  heading: 'Subheading',
  list: 'List',
  quote: 'Quote',
  image: 'Image',
};

export const isBlockType = (value: unknown): value is BlockType => BLOCK_TYPES.includes(value as BlockType);

/** A new, empty block of a kind, as the "Add …" buttons insert it. */
export function newBlock(type: BlockType): Record<string, unknown> {
  switch (type) {
    case 'paragraph':
    case 'heading':
      return { type, text: '' };
    case 'list':
      return { type, ordered: false, items: [''] };
    case 'quote':
      return { type, speakers: [], paragraphs: [''], approval: null };
    case 'image':
      return { type, src: '', alt: '', decorative: false };
  }
}

/**
 * A block's name as its legend shows it: the kind, numbered among blocks of that kind ("Paragraph 2", "Quote 1"),
 * because that is how people talk about a release ("the second quote"). Unknown kinds are "Block 4" by position.
 */
export function blockLabel(body: readonly unknown[], index: number): string {
  const type = asRecord(body[index]).type;
  if (!isBlockType(type)) return `Block ${index + 1}`;
  const number = body.slice(0, index + 1).filter((block) => asRecord(block).type === type).length;
  return `${BLOCK_NAMES[type]} ${number}`;
}

/** Every block's name, as blockLabel gives it one by one, in one pass over the story. */
export function blockLabels(body: readonly unknown[]): string[] {
  const counts = new Map<BlockType, number>();
  return body.map((block, index) => {
    const type = asRecord(block).type;
    if (!isBlockType(type)) return `Block ${index + 1}`;
    const number = (counts.get(type) ?? 0) + 1;
    counts.set(type, number);
    return `${BLOCK_NAMES[type]} ${number}`;
  });
}

const RELEASE_FIELDS: Readonly<Record<string, string>> = {
  headline: 'Headline',
  summary: 'Summary',
  date: 'Date of issue',
  embargo: 'Embargo',
  location: 'Location',
  reference: 'Reference',
  body: 'Story',
  notes: 'Notes to editors',
  contacts: 'Media contacts',
};

const BLOCK_FIELDS: Readonly<Record<string, string>> = {
  text: 'Text',
  items: 'Item',
  ordered: 'Numbered list',
  speakers: 'Speakers',
  paragraphs: 'Quote paragraph',
  approval: 'Approval',
  src: 'Picture file',
  alt: 'Alt text',
  decorative: 'Decorative image',
  caption: 'Caption',
  credit: 'Credit',
};

const CONTACT_FIELDS: Readonly<Record<string, string>> = { name: 'Name', role: 'Role', phone: 'Phone', email: 'Email' };

/** Where a problem is, in the words on the screen: "Quote 1, Approved on", "Note 2", "Headline". */
export function describeField(path: Path, project: unknown): string | null {
  const [top, key, index, field, sub] = path;
  if (top === 'pack') return describePackField(path, project, blockLabel);
  if (top === 'title') return asRecord(project).kind === 'pack' ? 'Title' : 'Working title';
  if (top === 'status') return 'Status';
  if (top === 'people' && typeof key === 'number') {
    const name = asRecord(asArray(asRecord(project).people)[key]).name;
    const who = asRecord(project).kind === 'pack' ? 'Person' : 'Speaker';
    return typeof name === 'string' && name.trim() ? `${who} ${name.trim()}` : `${who} ${key + 1}`;
  }
  if (top !== 'release' || typeof key !== 'string') return null;
  const release = asRecord(asRecord(project).release);
  if (key === 'notes' && typeof index === 'number') return `Note ${index + 1}`;
  if (key === 'contacts' && typeof index === 'number') {
    return [`Contact ${index + 1}`, typeof field === 'string' ? CONTACT_FIELDS[field] : undefined].filter(Boolean).join(', ');
  }
  if (key === 'body' && typeof index === 'number') {
    const parts = [blockLabel(asArray(release.body), index)];
    if (typeof field === 'string') {
      if (field === 'approval') parts.push(sub === 'on' ? 'Approved on' : 'Approved by');
      else if ((field === 'items' || field === 'paragraphs') && typeof sub === 'number') parts.push(`${BLOCK_FIELDS[field]} ${sub + 1}`);
      else parts.push(BLOCK_FIELDS[field] ?? field);
    }
    return parts.join(', ');
  }
  return RELEASE_FIELDS[key] ?? null;
}
