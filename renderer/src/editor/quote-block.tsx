import { attributionPreview, projectPeople } from './attribution-text';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asArray, asRecord, asText, getIn, type Path } from './json-path';
import { SpeakerPicker } from './speaker-picker';
import { TextListField } from './text-list-field';

/**
 * A stakeholder quote: speakers, paragraphs, sign-off, and the attribution line exactly as the documents will print
 * it (shared/compose's rules, so "Will be printed as" cannot disagree with the export).
 */
export function QuoteBlock({ path }: { readonly path: Path }) {
  const { project } = useEditor();
  const speakers = asArray(getIn(project, [...path, 'speakers']));
  const attribution = attributionPreview(speakers, projectPeople(project));
  return (
    <>
      <SpeakerPicker path={path} />
      <p className="attribution-preview">
        <span className="attribution-label">Will be printed as:</span>{' '}
        {attribution ? <strong>{attribution}</strong> : <span className="hint">pick a speaker to see the attribution.</span>}
      </p>
      <TextListField path={[...path, 'paragraphs']} itemName="Quote paragraph" addLabel="Add quote paragraph" rows={3} />
      <Approval path={path} />
    </>
  );
}

/** "Approved by" and "Approved on": both or neither; with both empty the quote is not signed off (approval null). */
function Approval({ path }: { readonly path: Path }) {
  const { project, edit } = useEditor();
  const approvalPath = [...path, 'approval'];
  const approval = asRecord(getIn(project, approvalPath));
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
