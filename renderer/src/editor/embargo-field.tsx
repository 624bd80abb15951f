import { embargoLine } from '../../../shared/compose/uk-time';
import { isDateTimeWithOffset } from '../../../shared/model';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asText } from './json-path';
import { incompleteEmbargo, isoToLondon, londonToIso } from './london-time';

const PATH = ['release', 'embargo'] as const;

/**
 * "Embargoed" reveals a date and a time on the UK clock. The stored value carries London's offset for that date
 * (+00:00 in GMT, +01:00 in BST); until both are filled in, an incomplete value is kept so the checks panel asks
 * for the rest instead of the embargo silently disappearing. `embargo` and `issueDate` are the draft's release.embargo
 * and release.date.
 */
export function EmbargoField({ embargo: stored, issueDate }: { readonly embargo: unknown; readonly issueDate: unknown }) {
  const { set } = useEditor();
  const embargoed = typeof stored === 'string';
  const { date, time } = embargoed ? isoToLondon(stored) : { date: '', time: '' };
  const checkboxId = fieldId(PATH);
  const dateId = fieldId([...PATH, 'date']);
  const timeId = fieldId([...PATH, 'time']);

  const store = (nextDate: string, nextTime: string, typing: boolean) =>
    set(PATH, londonToIso(nextDate, nextTime) ?? incompleteEmbargo(nextDate, nextTime), typing);

  const toggle = (checked: boolean) => {
    if (!checked) return set(PATH, null);
    // The usual choice: one minute past midnight on the day of issue, so the story can run "today".
    return store(asText(issueDate), '00:01', false);
  };

  return (
    <fieldset className="embargo">
      <legend>Embargo</legend>
      <div className="field checkbox-field">
        <input id={checkboxId} type="checkbox" checked={embargoed} onChange={(event) => toggle(event.target.checked)} aria-describedby={`${checkboxId}-hint`} />
        <label htmlFor={checkboxId}>Embargoed</label>
      </div>
      <p className="hint" id={`${checkboxId}-hint`}>
        Leave unticked for immediate release. Times are UK time (GMT or BST).
      </p>
      {embargoed && (
        <>
          <div className="field-row">
            <div className="field">
              <label htmlFor={dateId}>Embargo date</label>
              <input id={dateId} type="date" value={date} onChange={(event) => store(event.target.value, time, false)} />
            </div>
            <div className="field">
              <label htmlFor={timeId}>Embargo time</label>
              <input id={timeId} type="time" value={time} onChange={(event) => store(date, event.target.value, false)} />
            </div>
          </div>
          <p className="embargo-line">
            <span className="attribution-label">Will be printed as:</span>{' '}
            {isDateTimeWithOffset(stored) ? <strong>{embargoLine(stored)}</strong> : <span className="hint">choose the date and time.</span>}
          </p>
        </>
      )}
    </fieldset>
  );
}
