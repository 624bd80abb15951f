import { memo } from 'react';
import { STATUSES, type Status } from '../../../../shared/model';
import { useEditor } from '../editor-context';
import { fieldId } from '../field-ids';
import { asText } from '../json-path';
import { TextField } from '../text-field';
import { ClassificationField } from './classification-field';

const STATUS_NAMES: Readonly<Record<Status, string>> = { draft: 'Draft', review: 'For review', approved: 'Approved', issued: 'Issued' };

interface PackFieldsProps {
  readonly title: unknown;
  readonly status: unknown;
  readonly audience: unknown;
  readonly date: unknown;
  readonly classification: unknown;
}

/**
 * The pack's own fields. "Title" is printed on the cover and is also the project's working title (one name for one
 * pack, so the project list and the cover never disagree).
 */
export const PackFields = memo(function PackFields({ title, status, audience, date, classification }: PackFieldsProps) {
  const { set, edit } = useEditor();
  const titleId = fieldId(['pack', 'title']);
  const statusId = fieldId(['status']);
  return (
    <section className="editor-section" aria-labelledby="pack-details-heading">
      <h2 id="pack-details-heading">Pack details</h2>
      <div className="field">
        <label htmlFor={titleId}>Title</label>
        <p className="hint" id={`${titleId}-hint`}>
          Printed on the cover, and shown in the project list.
        </p>
        <input
          id={titleId}
          type="text"
          autoComplete="off"
          value={asText(title)}
          aria-describedby={`${titleId}-hint`}
          onChange={(event) =>
            edit(
              [
                { op: 'set', path: ['pack', 'title'], value: event.target.value },
                { op: 'set', path: ['title'], value: event.target.value },
              ],
              titleId,
            )
          }
        />
      </div>
      <div className="field-row">
        <TextField path={['pack', 'audience']} value={audience} label="Audience" hint="Who it is for, e.g. Elected members." />
        <TextField path={['pack', 'date']} value={date} label="Date" type="date" />
      </div>
      <ClassificationField value={classification} />
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
    </section>
  );
});
