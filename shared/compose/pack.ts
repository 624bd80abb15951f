import type { Block, Runs } from '../doc-tree';
import type { Pack, Person, Section } from '../model';
import { describeSpeaker } from './attribution';
import { cleanText } from './clean-text';
import { parseInline, textRuns } from './inline';
import { composeBlock, composeRelease, type ReleaseContext } from './release';
import { longDate } from './uk-time';

export const PACK_LABEL = 'Briefing pack';
export const CONTENTS_TITLE = 'Contents';
/** Columns of the handling plan and of the contacts table, and their shares of the width. */
export const TIMELINE_HEADER = ['When', 'What', 'Who'] as const;
const TIMELINE_WIDTHS = [0.22, 0.53, 0.25];
export const CONTACTS_HEADER = ['Name', 'Role', 'Phone and email'] as const;
const CONTACTS_WIDTHS = [0.3, 0.35, 0.35];
/** Printed under a section's title when it has nothing in it yet, so a draft pack shows the gap. */
export const EMPTY_SECTION = 'Nothing in this section yet.';

/** The anchor of a section's title, which its contents entry links to. */
export const sectionAnchor = (index: number): string => `Section_${index + 1}`;

/**
 * A briefing pack, as the press office hands it to members and partner leads (see uk-press-office.md):
 * a cover, a contents page, then each section on a page of its own.
 *
 * Headings: each section's title is a Heading 1, and a section's own subheadings (a text section's headings, an
 * included release's notes and contacts) are Heading 2. A pack has several top-level parts, and making each one a
 * Heading 1 gives screen readers, Word's navigation pane and the PDF bookmarks the same flat list the contents page
 * shows, with no level ever skipped. The pack's title is the cover's Title, not a heading, so it does not sit above
 * the sections as a lone H1 whose children would all have to drop a level. An included release keeps its own
 * headline as a Heading 1 under its section title, exactly as the release prints on its own (H1 after H1 skips
 * nothing).
 */
export function composePack(pack: Pack, context: ReleaseContext, status: { readonly signedOff: boolean; readonly statusLabel: string }): Block[] {
  const blocks: Block[] = [...cover(pack, context, status)];

  blocks.push({ kind: 'heading', level: 1, runs: textRuns(CONTENTS_TITLE), pageBreakBefore: true });
  pack.sections.forEach((section, index) =>
    blocks.push({ kind: 'paragraph', style: 'contentsEntry', runs: textRuns(section.title.trim()), pageOf: sectionAnchor(index) }),
  );

  pack.sections.forEach((section, index) => {
    blocks.push({ kind: 'heading', level: 1, runs: textRuns(section.title.trim()), anchor: sectionAnchor(index), pageBreakBefore: true });
    blocks.push(...composeSection(section, context));
  });
  return blocks;
}

function cover(pack: Pack, context: ReleaseContext, status: { readonly signedOff: boolean; readonly statusLabel: string }): Block[] {
  const line = (text: string, bold = false): Block => ({ kind: 'paragraph', style: 'coverMeta', runs: textRuns(text, bold ? { bold: true } : {}) });
  const blocks: Block[] = [
    { kind: 'paragraph', style: 'label', runs: textRuns(PACK_LABEL) },
    { kind: 'paragraph', style: 'title', runs: textRuns(pack.title.trim()) },
  ];
  if (pack.audience?.trim()) blocks.push(line(`For: ${pack.audience.trim()}`));
  blocks.push(line(`Date: ${longDate(pack.date)}`));
  blocks.push(line(`Status: ${status.statusLabel}`, !status.signedOff));
  const marking = classificationOf(pack);
  if (marking) blocks.push(line(`Classification: ${marking}`, true));
  blocks.push(line(`From: ${context.brand.name.trim()}`));
  return blocks;
}

/** The protective marking, cleaned, or undefined for none (null, absent or blank). */
export function classificationOf(pack: Pack): string | undefined {
  const marking = pack.classification?.trim();
  return marking ? cleanText(marking) : undefined;
}

function composeSection(section: Section, context: ReleaseContext): Block[] {
  const empty: Block[] = [{ kind: 'paragraph', style: 'normal', runs: textRuns(EMPTY_SECTION, { italic: true }) }];
  switch (section.type) {
    case 'text':
      return section.body.length === 0 ? empty : section.body.flatMap((block) => composeBlock(block, context, ''));
    case 'messages':
      return section.items.length === 0 ? empty : [{ kind: 'list', ordered: true, items: section.items.map(parseInline) }];
    case 'qa':
      // The question keeps with its answer (style sheet: keepNext and keepLines), so a question never ends a page alone.
      return section.items.length === 0
        ? empty
        : section.items.flatMap((item): Block[] => [
            { kind: 'paragraph', style: 'question', runs: parseInline(item.q) },
            { kind: 'paragraph', style: 'answer', runs: parseInline(item.a) },
          ]);
    case 'timeline':
      return section.items.length === 0
        ? empty
        : [
            {
              kind: 'table',
              header: TIMELINE_HEADER.map((title) => textRuns(title)),
              rows: section.items.map((item) => [textRuns(item.when.trim()), textRuns(item.what.trim()), textRuns(item.who?.trim() ?? '')]),
              columnWidths: TIMELINE_WIDTHS,
            },
          ];
    case 'contacts':
      return section.people.length === 0
        ? empty
        : [
            {
              kind: 'table',
              header: CONTACTS_HEADER.map((title) => textRuns(title)),
              rows: section.people.map((id) => contactRow(personOf(context.people, id))),
              columnWidths: CONTACTS_WIDTHS,
            },
          ];
    case 'release':
      return composeRelease(section.release, context);
  }
}

function personOf(people: readonly Person[], id: string): Person {
  const person = people.find((candidate) => candidate.id === id);
  // The model's cross-reference check reports an unknown contact before compose runs (model/references.ts).
  if (!person) throw new Error(`compose: the contact "${id}" is not in the project's people`);
  return person;
}

/** Name (with honorific), role and organisation, then phone and email (a mailto link), each on its own line. */
function contactRow(person: Person): Runs[] {
  const name = [person.honorific?.trim(), person.name.trim()].filter(Boolean).join(' ');
  const described = describeSpeaker(person);
  const role = described.length > name.length ? described.slice(name.length + 2) : '';
  const phone = person.phone?.trim();
  const email = person.email?.trim();
  const reach: Runs = [
    ...(phone ? textRuns(`Phone: ${phone}`) : []),
    // A line break inside the cell (w:br in Word); cleanText would fold it, so it is written as a run of its own.
    ...(phone && email ? [{ text: '\n' }] : []),
    ...(email ? [...textRuns('Email: '), { text: cleanText(email), link: `mailto:${encodeURI(cleanText(email))}` }] : []),
  ];
  return [textRuns(name, { bold: true }), textRuns(role), reach];
}
