import { useId, useRef, useState, type FormEvent } from 'react';
import type { Person } from '../../../shared/model';
import { call } from '../ipc/client';
import { FormActions, ModalDialog } from '../projects/modal-dialog';
import { displayName, draftOf, FIELD_LABELS, PERSON_FIELDS, personFrom, saveProblemsFrom, type PersonDraft, type PersonField, type SaveProblems } from './people-list';

export interface PersonFormDialogProps {
  /** The person to edit, or null to add someone new. */
  readonly person: Person | null;
  /** Called with the person as saved. */
  readonly onSaved: (person: Person) => void;
  readonly onClose: () => void;
}

const HINTS: Partial<Readonly<Record<PersonField, string>>> = {
  honorific: 'For example, Councillor, Dr, Chief Superintendent.',
  role: 'As it should appear in a quote, for example Cabinet Member for Housing.',
};

const INPUT_TYPES: Partial<Readonly<Record<PersonField, string>>> = { email: 'email', phone: 'tel' };

const NO_PROBLEMS: SaveProblems = { fields: {}, general: null };

/** Add or edit one person (people:save). The host checks the fields; its messages appear by the field they are about. */
export function PersonFormDialog({ person, onSaved, onClose }: PersonFormDialogProps) {
  const baseId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(person));
  const [problems, setProblems] = useState<SaveProblems>(NO_PROBLEMS);
  const [busy, setBusy] = useState(false);
  const fieldId = (field: PersonField) => `${baseId}-${field}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await call('people:save', { person: personFrom(draft, person?.id ?? crypto.randomUUID(), person) });
    if (result.ok) {
      onSaved(result.value.person);
      return;
    }
    setBusy(false);
    const found = saveProblemsFrom(result.error.message);
    setProblems(found);
    // Focus the first field with a problem, so its message is read with it; else the message above the form.
    const first = PERSON_FIELDS.find((field) => found.fields[field]);
    const target = first ? document.getElementById(fieldId(first)) : form.current?.querySelector<HTMLElement>('.form-problems');
    target?.focus();
  };

  const title = person ? `Edit ${displayName(person)}` : 'Add person';
  const fieldProblems = PERSON_FIELDS.filter((field) => problems.fields[field]);
  return (
    <ModalDialog title={title} onClose={onClose} className="person-form-dialog">
      <form ref={form} onSubmit={(event) => void save(event)} noValidate>
        {(problems.general || fieldProblems.length > 0) && (
          <div className="form-problems" role="alert" tabIndex={-1}>
            <p className="error-message">{problems.general ?? 'Pressdesk could not save this person. Check the fields marked below.'}</p>
            {fieldProblems.length > 0 && (
              <ul>
                {fieldProblems.map((field) => (
                  <li key={field}>
                    <a href={`#${fieldId(field)}`} onClick={(event) => { event.preventDefault(); document.getElementById(fieldId(field))?.focus(); }}>
                      {FIELD_LABELS[field]}: {problems.fields[field]}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {PERSON_FIELDS.map((field) => {
          const hint = HINTS[field];
          const problem = problems.fields[field];
          const describedBy = [problem ? `${fieldId(field)}-problem` : null, hint ? `${fieldId(field)}-hint` : null].filter(Boolean).join(' ');
          return (
            <div className="field" key={field}>
              <label htmlFor={fieldId(field)}>{FIELD_LABELS[field]}</label>
              {hint && (
                <p id={`${fieldId(field)}-hint`} className="hint">
                  {hint}
                </p>
              )}
              {problem && (
                <p id={`${fieldId(field)}-problem`} className="error-message field-error">
                  {problem}
                </p>
              )}
              <input
                id={fieldId(field)}
                type={INPUT_TYPES[field] ?? 'text'}
                value={draft[field]}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
                aria-describedby={describedBy || undefined}
                aria-invalid={problem ? true : undefined}
                aria-required={field === 'name' ? true : undefined}
                // The details are someone else's, not the user's own: no autofill from the user's profile.
                autoComplete="off"
                data-autofocus={field === 'name' ? true : undefined}
              />
            </div>
          );
        })}
        <FormActions submit="Save" disabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
