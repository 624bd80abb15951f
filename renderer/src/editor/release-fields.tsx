import { memo } from 'react';
import { STATUSES, type Status } from '../../../shared/model';
import { EmbargoField } from './embargo-field';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { InlineTextField } from './inline-text-field';
import { TextField } from './text-field';

const STATUS_NAMES: Readonly<Record<Status, string>> = { draft: 'Draft', review: 'For review', approved: 'Approved', issued: 'Issued' };

/** The draft's values these fields show (as they are in the draft, maybe missing or of the wrong type). */
interface ReleaseFieldsProps {
  readonly title: unknown;
  readonly status: unknown;
  readonly headline: unknown;
  readonly summary: unknown;
  readonly date: unknown;
  readonly location: unknown;
  readonly reference: unknown;
  readonly embargo: unknown;
}

/**
 * The release's own fields: title, status, headline to reference. Given the values one by one (not the release),
 * so typing in the story does not draw them again.
 */
export const ReleaseFields = memo(function ReleaseFields({ title, status, headline, summary, date, location, reference, embargo }: ReleaseFieldsProps) {
  const { set } = useEditor();
  const statusId = fieldId(['status']);
  return (
    <section className="editor-section" aria-labelledby="editor-details-heading">
      <h2 id="editor-details-heading">Release details</h2>
      <TextField path={['title']} value={title} label="Working title" hint="Shown in the project list; not printed." />
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
      <TextField path={['release', 'headline']} value={headline} label="Headline" hint="Short and plain: 65 characters or fewer." />
      <InlineTextField path={['release', 'summary']} value={summary} label="Summary" rows={2} />
      <div className="field-row">
        <TextField path={['release', 'date']} value={date} label="Date of issue" type="date" />
        <TextField path={['release', 'location']} value={location} label="Location" hint="The dateline place, e.g. Aberhaven." />
        <TextField path={['release', 'reference']} value={reference} label="Reference" />
      </div>
      <EmbargoField embargo={embargo} issueDate={date} />
    </section>
  );
});
