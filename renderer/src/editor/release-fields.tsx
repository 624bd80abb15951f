import { STATUSES, type Status } from '../../../shared/model';
import { EmbargoField } from './embargo-field';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { InlineTextField } from './inline-text-field';
import { getIn } from './json-path';
import { TextField } from './text-field';

const STATUS_NAMES: Readonly<Record<Status, string>> = { draft: 'Draft', review: 'For review', approved: 'Approved', issued: 'Issued' };

/** The release's own fields: title, status, headline to reference. */
export function ReleaseFields() {
  const { project, set } = useEditor();
  const statusId = fieldId(['status']);
  const status = getIn(project, ['status']);
  return (
    <section className="editor-section" aria-labelledby="editor-details-heading">
      <h2 id="editor-details-heading">Release details</h2>
      <TextField path={['title']} label="Working title" hint="Shown in the project list; not printed." />
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <p className="hint" id={`${statusId}-hint`}>
          Anything not Approved or Issued exports with a DRAFT mark.
        </p>
        <select id={statusId} value={typeof status === 'string' ? status : 'draft'} aria-describedby={`${statusId}-hint`} onChange={(event) => set(['status'], event.target.value)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_NAMES[value]}
            </option>
          ))}
        </select>
      </div>
      <TextField path={['release', 'headline']} label="Headline" hint="Short and plain: 65 characters or fewer." />
      <InlineTextField path={['release', 'summary']} label="Summary" rows={2} />
      <div className="field-row">
        <TextField path={['release', 'date']} label="Date of issue" type="date" />
        <TextField path={['release', 'location']} label="Location" hint="The dateline place, e.g. Aberhaven." />
        <TextField path={['release', 'reference']} label="Reference" />
      </div>
      <EmbargoField />
    </section>
  );
}
