import type { Block, ImageData, Run, Runs } from '../doc-tree';
import type { Brand, MediaContact, Person, Release, Block as ReleaseBlock } from '../model';
import { attributionLine } from './attribution';
import { cleanText } from './clean-text';
import { parseInline, textRuns } from './inline';
import { embargoLine, longDate } from './uk-time';

export const DEFAULT_LABEL = 'News release';
export const DEFAULT_NOTES_HEADING = 'Notes to editors';

/** What composing a release needs besides the release itself. */
export interface ReleaseContext {
  readonly brand: Brand;
  readonly people: readonly Person[];
  /** Normalised pictures, keyed by their `src` in project.json. */
  readonly images: ReadonlyMap<string, ImageData>;
  /** True for drafts: quotes then say whether their wording is signed off, for the approvers. */
  readonly showApprovals: boolean;
}

/**
 * A press release, top to bottom, as UK press offices expect it (see ../shared/docs/uk-press-office.md
 * beside the repository, and docs/project-format.md):
 * label and date, reference, embargo, headline, standfirst, story, ENDS, numbered notes, media
 * contacts, boilerplate.
 */
export function composeRelease(release: Release, context: ReleaseContext): Block[] {
  const blocks: Block[] = [];
  const paragraph = (style: Extract<Block, { kind: 'paragraph' }>['style'], runs: Runs) =>
    blocks.push({ kind: 'paragraph', style, runs });

  paragraph('label', textRuns(context.brand.label?.trim() || DEFAULT_LABEL));
  paragraph('meta', textRuns(`Date: ${longDate(release.date)}`));
  if (release.reference?.trim()) paragraph('meta', textRuns(`Reference: ${release.reference.trim()}`));
  if (release.embargo) paragraph('embargo', textRuns(embargoLine(release.embargo), { bold: true }));

  blocks.push({ kind: 'heading', level: 1, runs: textRuns(release.headline.trim()) });
  if (release.summary?.trim()) paragraph('standfirst', parseInline(release.summary));

  let dateline = release.location?.trim() ? `${cleanText(release.location.trim()).toUpperCase()} – ` : '';
  for (const block of release.body) {
    blocks.push(...composeBlock(block, context, dateline));
    if (block.type === 'paragraph') dateline = '';
  }

  paragraph('ends', textRuns('ENDS', { bold: true }));

  if (release.notes.length > 0) {
    blocks.push({ kind: 'heading', level: 2, runs: textRuns(release.notesHeading?.trim() || DEFAULT_NOTES_HEADING) });
    blocks.push({ kind: 'list', ordered: true, items: release.notes.map(parseInline) });
  }

  if (release.contacts.length > 0) {
    blocks.push({ kind: 'heading', level: 2, runs: textRuns(release.contacts.length === 1 ? 'Media contact' : 'Media contacts') });
    for (const contact of release.contacts) blocks.push(...composeContact(contact));
  }

  const boilerplate = context.brand.boilerplate ?? [];
  if (boilerplate.length > 0) {
    blocks.push({ kind: 'heading', level: 2, runs: textRuns(`About ${context.brand.name.trim()}`) });
    for (const text of boilerplate) paragraph('normal', parseInline(text));
  }
  return blocks;
}

export function composeBlock(block: ReleaseBlock, context: ReleaseContext, dateline: string): Block[] {
  switch (block.type) {
    case 'paragraph': {
      const runs = parseInline(block.text);
      return [{ kind: 'paragraph', style: 'normal', runs: dateline ? [{ text: dateline, bold: true }, ...runs] : runs }];
    }
    case 'heading':
      return [{ kind: 'heading', level: 2, runs: textRuns(block.text.trim()) }];
    case 'list':
      return [{ kind: 'list', ordered: block.ordered, items: block.items.map(parseInline) }];
    case 'quote': {
      const speakers = block.speakers.map((id) => {
        const person = context.people.find((candidate) => candidate.id === id);
        // The model's cross-reference check guarantees every speaker exists before compose runs.
        if (!person) throw new Error(`compose: speaker "${id}" is not in the project's people`);
        return person;
      });
      const quote: Block = {
        kind: 'quote',
        attribution: textRuns(attributionLine(speakers), { bold: true }),
        paragraphs: quoteParagraphs(block.paragraphs),
      };
      if (!context.showApprovals) return [quote];
      const approval = block.approval
        ? `Quote wording approved by ${cleanText(block.approval.by.trim())} on ${longDate(block.approval.on)}.`
        : 'Quote wording not yet approved.';
      return [quote, { kind: 'paragraph', style: 'meta', runs: textRuns(approval, { italic: true }) }];
    }
    case 'image': {
      const image = context.images.get(block.src);
      if (!image) throw new Error(`compose: the picture "${block.src}" was not loaded before composing`);
      const decorative = block.decorative === true;
      return [
        {
          kind: 'image',
          image,
          alt: decorative ? '' : cleanText(block.alt?.trim() ?? ''),
          decorative,
          ...(block.caption?.trim() ? { caption: parseInline(block.caption) } : {}),
          ...(block.credit?.trim() ? { credit: textRuns(creditLine(block.credit.trim())) } : {}),
        },
      ];
    }
  }
}

/**
 * Multi-paragraph quotes open every paragraph with a quotation mark and close only the last, as UK
 * newspapers print them. People often type the marks themselves; those are taken off first, but only
 * when they wrap the paragraph, so a quotation inside the quote keeps its own marks.
 */
function quoteParagraphs(paragraphs: readonly string[]): Runs[] {
  return paragraphs.map((text, index) => {
    const runs: Run[] = parseInline(withoutWrappingMarks(text.trim()));
    const last = index === paragraphs.length - 1;
    return [{ text: '“' }, ...runs, ...(last ? [{ text: '”' }] : [])];
  });
}

const OPENING = /^["“]/;
const CLOSING = /["”]$/;

/** `“We are delighted.”` → `We are delighted.`; `He said it was "the best"` stays as it is. */
export function withoutWrappingMarks(text: string): string {
  if (!OPENING.test(text)) return text;
  const inner = text.slice(1);
  if (!CLOSING.test(inner)) return inner;
  const trimmed = inner.slice(0, -1);
  // Keep the closing mark when it closes a quotation inside the paragraph rather than the paragraph itself.
  const balanced = count(trimmed, '“') === count(trimmed, '”') && count(trimmed, '"') % 2 === 0;
  return balanced ? trimmed : inner;
}

const count = (text: string, mark: string): number => text.split(mark).length - 1;

/** "Picture: A. Photographer", unless the credit already says what it is ("Illustration: …", "Photo: …"). */
function creditLine(credit: string): string {
  return /^[\p{L} ]{2,20}:\s/u.test(credit) ? credit : `Picture: ${credit}`;
}

function composeContact(contact: MediaContact): Block[] {
  const lines: Runs[] = [textRuns(contact.name.trim(), { bold: true })];
  if (contact.role?.trim()) lines.push(textRuns(contact.role.trim()));
  if (contact.phone?.trim()) lines.push(textRuns(`Phone: ${contact.phone.trim()}`));
  const email = contact.email?.trim();
  if (email) lines.push([{ text: 'Email: ' }, { text: cleanText(email), link: `mailto:${encodeURI(cleanText(email))}` }]);
  // One contact's lines stay together on a page: a phone number alone at the top of the next page helps no one.
  return lines.map((runs, index) => ({ kind: 'paragraph', style: 'contact', runs, ...(index < lines.length - 1 ? { keepWithNext: true } : {}) }));
}
