import { useId, useRef, useState, type FormEvent } from 'react';
import type { InputOf } from '../../../shared/ipc';
import { call } from '../ipc/client';

/**
 * What the New release and New briefing pack dialogs share: the title (required, said beside the field when empty),
 * projects:create with whatever else the dialog asks for, the host's refusal shown at the top, and the busy state.
 */
export function useNewProject(what: string, onCreated: (name: string) => void) {
  const ids = { title: useId(), titleHint: useId(), titleError: useId() };
  const titleField = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The form's submit handler: `request` makes the projects:create payload from the trimmed title. */
  const create = (request: (title: string) => InputOf<'projects:create'>) => async (event: FormEvent) => {
    event.preventDefault();
    const wanted = title.trim();
    if (!wanted) {
      setTitleError(`Enter a title for the ${what}.`);
      titleField.current?.focus();
      return;
    }
    setTitleError(null);
    setError(null);
    setBusy(true);
    const result = await call('projects:create', request(wanted));
    if (result.ok) {
      onCreated(result.value.name);
      return;
    }
    setBusy(false);
    setError(result.error.message);
  };

  return { ids, titleField, title, setTitle, titleError, error, busy, create };
}

type NewProject = ReturnType<typeof useNewProject>;

/** The host's refusal, at the top of the form. */
export function CreateError({ error }: { readonly error: string | null }) {
  return error ? (
    <p className="error-message" role="alert">
      {error}
    </p>
  ) : null;
}

/** The Title field, with its hint and, after a try without one, what is wrong. */
export function TitleField({ form, hint }: { readonly form: NewProject; readonly hint: string }) {
  const { ids, titleField, title, setTitle, titleError } = form;
  return (
    <div className="field">
      <label htmlFor={ids.title}>Title</label>
      <p id={ids.titleHint} className="hint">
        {hint}
      </p>
      {titleError && (
        <p id={ids.titleError} className="error-message field-error">
          {titleError}
        </p>
      )}
      <input
        ref={titleField}
        id={ids.title}
        type="text"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        aria-describedby={titleError ? `${ids.titleError} ${ids.titleHint}` : ids.titleHint}
        aria-invalid={titleError ? true : undefined}
        data-autofocus
        autoComplete="off"
      />
    </div>
  );
}
