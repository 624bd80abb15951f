import { memo, useMemo } from 'react';
import { BlockList } from '../body-editor';
import { InlineTextField } from '../inline-text-field';
import { asRecord, type Path } from '../json-path';
import { TextField } from '../text-field';
import { TextListField } from '../text-list-field';
import { ItemList, type ItemListProps } from './item-list';

/** What every section's contents are given: the section's path and the section as the draft holds it. */
export interface SectionProps {
  readonly path: Path;
  readonly section: unknown;
}

const qaFields = (path: Path, item: unknown) => {
  const qa = asRecord(item);
  return (
    <>
      <InlineTextField path={[...path, 'q']} value={qa.q} label="Question" rows={2} />
      <InlineTextField path={[...path, 'a']} value={qa.a} label="Line to take" rows={3} />
    </>
  );
};

const timelineFields = (path: Path, item: unknown) => {
  const row = asRecord(item);
  return (
    <div className="field-row">
      <TextField path={[...path, 'when']} value={row.when} label="When" hint="e.g. Tuesday 09:00, or 2 days before" />
      <TextField path={[...path, 'what']} value={row.what} label="What" />
      <TextField path={[...path, 'who']} value={row.who} label="Who" hint="Optional" />
    </div>
  );
};

/** A section whose contents are a list of items (ItemList), made from what the list's items are. */
const itemSection = (list: Omit<ItemListProps, 'path' | 'items'>) =>
  memo(function ItemSection({ path, section }: SectionProps) {
    const items = useMemo(() => [...path, 'items'], [path]);
    return <ItemList path={items} items={asRecord(section).items} {...list} />;
  });

/** Reactive questions, each with the line to take. */
export const QaSection = itemSection({
  itemName: 'Question',
  addLabel: 'Add question',
  newItem: () => ({ q: '', a: '' }),
  firstField: 'q',
  emptyText: 'No questions yet.',
  renderFields: qaFields,
});

/** The handling plan: when, what, who. */
export const TimelineSection = itemSection({
  itemName: 'Row',
  addLabel: 'Add row',
  newItem: () => ({ when: '', what: '', who: '' }),
  firstField: 'when',
  emptyText: 'No rows yet.',
  renderFields: timelineFields,
});

/** Key messages, numbered in the documents. */
export const MessagesSection = memo(function MessagesSection({ path, section }: SectionProps) {
  const items = useMemo(() => [...path, 'items'], [path]);
  return <TextListField path={items} value={asRecord(section).items} itemName="Message" addLabel="Add key message" rows={2} />;
});

/** Free text: the same blocks as a release's story (paragraphs, subheadings, lists, quotes, pictures). */
export const TextSection = memo(function TextSection({ path, section, people, title }: SectionProps & { readonly people: unknown; readonly title: string }) {
  const body = useMemo(() => [...path, 'body'], [path]);
  return <BlockList path={body} body={asRecord(section).body} people={people} addGroupLabel={`Add to ${title}`} emptyText="This section is empty. Add a paragraph to start it." />;
});
