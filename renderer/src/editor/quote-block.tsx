import { memo } from 'react';
import { attributionPreview, readPeople } from './attribution-text';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asArray, asRecord, asText, type Path } from './json-path';
import { SpeakerPicker } from './speaker-picker';
import type { BlockProps } from './text-blocks';
import { TextListField } from './text-list-field';

/**
 * A stakeholder quote: speakers, paragraphs, sign-off, and the attribution line exactly as the documents will print
 * it (shared/compose's rules, so "Will be printed as" cannot disagree with the export). `people` is the draft's
 * people (the project's copies of the speakers).
 */
export const QuoteBlock = memo(function QuoteBlock({ path, block, people }: BlockProps & { readonly people: unknown }) {
  const quote = asRecord(block);
  const attribution = attributionPreview(asArray(quote.speakers), readPeople(people));
  return (
    <>
      <SpeakerPicker path={path} speakers={quote.speakers} people={people} />
      <p className="attribution-preview">
        <span className="attribution-label">Will be printed as:</span>{' '}
        {attribution ? <strong>{attribution}</strong> : <span className="hint">pick a speaker to see the attribution.</span>}
      </p>
      <TextListField path={[...path, 'paragraphs']} value={quote.paragraphs} itemName="Quote paragraph" addLabel="Add quote paragraph" rows={3} />
      <Approval path={path} value={quote.approval} />
    </>
  );
});

/** "Approved by" and "Approved on": both or neither; with both empty the quote is not signed off (approval null). */
function Approval({ path, value }: { readonly path: Path; readonly value: unknown }) {
  const { edit } = useEditor();
  const approvalPath = [...path, 'approval'];
  const approval = asRecord(value);
  const by = asText(approval.by);
  const on = asText(approval.on);
  const byId = fieldId([...approvalPath, 'by']);
  const onId = fieldId([...approvalPath, 'on']);

  const change = (field: 'by' | 'on', value: string) => {
    const next = { ...approval, by, on, [field]: value };
    const empty = next.by.trim() === '' && next.on.trim() === '';
    edit([{ op: 'set', path: approvalPath, value: empty ? null : next }], field === 'by' ? byId : undefined);
  };

  return (
    <fieldset className="approval">
      <legend>Sign-off</legend>
      <p className="hint" id={`${byId}-hint`}>
        Fill both in when the speaker has approved the wording. Until then the documents say it is not yet approved.
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={byId}>Approved by</label>
          <input id={byId} type="text" value={by} aria-describedby={`${byId}-hint`} onChange={(event) => change('by', event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={onId}>Approved on</label>
          <input id={onId} type="date" value={on} onChange={(event) => change('on', event.target.value)} />
        </div>
      </div>
    </fieldset>
  );
}
