import { useState } from 'react';
import { useEditor } from '../editor-context';
import { fieldId } from '../field-ids';

/** The markings of the Government Security Classifications a council pack usually carries. */
export const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;

const PATH = ['pack', 'classification'] as const;
const OTHER = 'other';
const NONE = 'none';

/** What the select shows for a stored marking: none, one of the usual ones, or "another" (typed). */
export function markingChoice(value: unknown): string {
  if (value === null || value === undefined) return NONE;
  if (typeof value === 'string' && (MARKINGS as readonly string[]).includes(value)) return value;
  return OTHER;
}

/**
 * "Classification": None, OFFICIAL, OFFICIAL-SENSITIVE, or another marking typed in (a partner's own scheme). The
 * marking is printed at the top and bottom of every page of the pack.
 */
export function ClassificationField({ value }: { readonly value: unknown }) {
  const { set, focusSoon } = useEditor();
  const selectId = fieldId(PATH);
  const otherId = fieldId([...PATH, 'other']);
  const stored = markingChoice(value);
  // While a marking is being typed, the field stays even when the words so far spell OFFICIAL (the focus is in it).
  const [typing, setTyping] = useState(stored === OTHER);
  const choice = typing && typeof value === 'string' ? OTHER : stored;

  const choose = (next: string) => {
    if (next === NONE) {
      setTyping(false);
      set(PATH, null);
    } else if (next === OTHER) {
      setTyping(true);
      set(PATH, typeof value === 'string' && markingChoice(value) === OTHER ? value : '');
      focusSoon(otherId);
    } else {
      setTyping(false);
      set(PATH, next);
    }
  };

  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={selectId}>Classification</label>
        <p className="hint" id={`${selectId}-hint`}>
          The protective marking printed at the top and bottom of every page.
        </p>
        <select id={selectId} value={choice} aria-describedby={`${selectId}-hint`} onChange={(event) => choose(event.target.value)}>
          <option value={NONE}>None</option>
          {MARKINGS.map((marking) => (
            <option key={marking} value={marking}>
              {marking}
            </option>
          ))}
          <option value={OTHER}>Another marking…</option>
        </select>
      </div>
      {choice === OTHER && (
        <div className="field">
          <label htmlFor={otherId}>Other marking</label>
          <input
            id={otherId}
            type="text"
            value={typeof value === 'string' ? value : ''}
            autoComplete="off"
            onChange={(event) => set(PATH, event.target.value, true)}
          />
        </div>
      )}
    </div>
  );
}
