import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type { SourceState } from '../../../../shared/ipc';
import { call } from '../../ipc/client';
import { useEditor } from '../editor-context';
import { BlockFrame } from '../block-frame';
import { fieldId } from '../field-ids';
import { asArray, asRecord, asText } from '../json-path';
import { TextField } from '../text-field';
import { useReorder } from '../use-reorder';
import { ContactsSection } from './contacts-section';
import { IncludeReleaseDialog } from './include-release-dialog';
import { includeEdits, sendablePeople, updateEdits } from './include';
import { MessagesSection, QaSection, TextSection, TimelineSection } from './list-sections';
import { ReleaseSection } from './release-section';
import { SECTION_NAMES, SECTION_TYPES, SECTIONS_PATH, newSection, sectionLabel, sectionName, type SectionType } from './section-kinds';
import { sourceOf } from './use-sources';

interface SectionsEditorProps {
  /** The draft's pack.sections. */
  readonly sections: unknown;
  /** The draft's people (contacts and quote speakers). */
  readonly people: unknown;
  readonly sourceStates: ReadonlyMap<string, SourceState>;
}

const ADD_LABELS: Readonly<Record<SectionType, string>> = {
  text: 'Add text section',
  messages: 'Add key messages',
  qa: 'Add questions and answers',
  timeline: 'Add timeline',
  contacts: 'Add contacts',
  release: 'Include release…',
};

/** The field of a new section to put the cursor in: its title. */
const titleId = (index: number) => fieldId([...SECTIONS_PATH, index, 'title']);

/** Where the include dialog puts its release: a new section at the end, or in place of section `index`. */
type Including = { readonly kind: 'add' } | { readonly kind: 'replace'; readonly index: number };

/**
 * The pack's sections in order: each a group with its title, Move up, Move down and Remove (Alt+Arrow moves the
 * section the focus is in, unless an inner list claims the keys), its contents by kind, and buttons to add each kind.
 */
export const SectionsEditor = memo(function SectionsEditor({ sections: stored, people, sourceStates }: SectionsEditorProps) {
  const api = useEditor();
  const sections = asArray(stored);
  const { move, remove, keyDown } = useReorder(SECTIONS_PATH, sections, sectionName, fieldId([...SECTIONS_PATH, 'add-text']));
  const [including, setIncluding] = useState<Including | null>(null);
  const [updating, setUpdating] = useState<number | null>(null);
  const [updateError, setUpdateError] = useState<{ readonly index: number; readonly message: string } | null>(null);

  const add = (type: SectionType) => {
    if (type === 'release') {
      setIncluding({ kind: 'add' });
      return;
    }
    const index = sections.length;
    api.edit([{ op: 'insert', path: SECTIONS_PATH, index, value: newSection(type) }]);
    api.focusSoon(titleId(index));
    api.announce(`Added section ${index + 1}: ${SECTION_NAMES[type].toLowerCase()}`);
  };

  /** Copies `from` into the pack; resolves with the error to show, or null when it went in. */
  const include = async (from: string, where: Including): Promise<string | null> => {
    const result = await call('pack:include-release', { name: api.name, from, people: sendablePeople(people) });
    if (!result.ok) return result.error.message;
    const index = where.kind === 'add' ? sections.length : where.index;
    api.edit(where.kind === 'add' ? includeEdits(people, result.value, index) : updateEdits(people, result.value, index));
    setIncluding(null);
    api.focusSoon(titleId(index));
    api.announce(`Included the release “${result.value.release.headline}” as section ${index + 1}. Undo (Ctrl+Z) takes it out again.`);
    return null;
  };

  const update = useCallback(
    async (index: number) => {
      const source = sourceOf(sections[index]);
      if (!source) return;
      const from = sourceStates.get(`${source.project}|${source.hash}`)?.name ?? source.name;
      setUpdating(index);
      setUpdateError(null);
      const result = await call('pack:include-release', { name: api.name, from, people: sendablePeople(people) });
      setUpdating(null);
      if (!result.ok) {
        setUpdateError({ index, message: result.error.message });
        return;
      }
      api.edit(updateEdits(people, result.value, index));
      api.announce(`Updated the release from ${result.value.source.title ?? from}. Undo (Ctrl+Z) puts the earlier copy back.`);
    },
    [api, sections, people, sourceStates],
  );

  const replace = useCallback((at: number) => setIncluding({ kind: 'replace', index: at }), []);

  return (
    <section className="editor-section" aria-labelledby="pack-sections-heading">
      <h2 id="pack-sections-heading">Sections</h2>
      <p className="hint">The pack starts with a cover and a contents page; the sections follow in this order.</p>
      <div id={fieldId(SECTIONS_PATH)} tabIndex={-1} className="blocks">
        {sections.length === 0 && <p>The pack has no sections yet. Add one below.</p>}
        {sections.map((section, index) => (
          <SectionFrame
            key={`${index}-${String(asRecord(section).type)}`}
            index={index}
            section={section}
            label={sectionLabel(sections, index)}
            last={index === sections.length - 1}
            people={people}
            sourceStates={sourceStates}
            busy={updating === index}
            error={updateError?.index === index ? updateError.message : null}
            move={move}
            remove={remove}
            keyDown={keyDown}
            onUpdate={update}
            onReplace={replace}
          />
        ))}
      </div>
      <div className="add-buttons" role="group" aria-label="Add a section">
        {SECTION_TYPES.map((type) => (
          <button type="button" key={type} id={fieldId([...SECTIONS_PATH, `add-${type}`])} onClick={() => add(type)}>
            {ADD_LABELS[type]}
          </button>
        ))}
      </div>
      {including && (
        <IncludeReleaseDialog
          packName={api.name}
          title={including.kind === 'add' ? 'Include release' : 'Replace with another release'}
          onChoose={(from) => include(from, including)}
          onClose={() => setIncluding(null)}
        />
      )}
    </section>
  );
});

interface SectionFrameProps {
  readonly index: number;
  readonly section: unknown;
  readonly label: string;
  readonly last: boolean;
  readonly people: unknown;
  readonly sourceStates: ReadonlyMap<string, SourceState>;
  readonly busy: boolean;
  readonly error: string | null;
  readonly move: (from: number, to: number) => void;
  readonly remove: (index: number) => void;
  readonly keyDown: (index: number, event: KeyboardEvent) => void;
  readonly onUpdate: (index: number) => Promise<void>;
  readonly onReplace: (index: number) => void;
}

/** One section: a group named by its kind and place, its title field, its controls and its contents. */
const SectionFrame = memo(function SectionFrame(props: SectionFrameProps) {
  const { index, section, label, last, people, sourceStates, busy, error, move, remove, keyDown, onUpdate, onReplace } = props;
  const path = useMemo(() => [...SECTIONS_PATH, index], [index]);
  const record = asRecord(section);
  const type = record.type;
  const title = asText(record.title).trim() || label;
  return (
    <BlockFrame
      path={path}
      label={label}
      className="pack-section"
      hiddenName={label.toLowerCase()}
      first={index === 0}
      last={last}
      onMove={(direction) => move(index, index + direction)}
      onRemove={() => remove(index)}
      onKeyDown={(event) => keyDown(index, event)}
    >
      <TextField path={[...path, 'title']} value={record.title} label="Section title" />
      {type === 'text' && <TextSection path={path} section={section} people={people} title={title} />}
      {type === 'messages' && <MessagesSection path={path} section={section} />}
      {type === 'qa' && <QaSection path={path} section={section} />}
      {type === 'timeline' && <TimelineSection path={path} section={section} />}
      {type === 'contacts' && <ContactsSection path={path} section={section} people={people} />}
      {type === 'release' && (
        <ReleaseSection section={section} states={sourceStates} busy={busy} onUpdate={() => void onUpdate(index)} onReplace={() => onReplace(index)} />
      )}
      {error && (
        <p className="error-message" role="alert">
          The release was not updated: {error}
        </p>
      )}
      {typeof type !== 'string' || !(SECTION_NAMES as Record<string, string>)[type] ? (
        <p>Pressdesk cannot edit this kind of section ({String(type)}). Remove it, or fix the project file.</p>
      ) : null}
    </BlockFrame>
  );
});
