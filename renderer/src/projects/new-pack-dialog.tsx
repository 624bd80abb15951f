import { useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../ipc/client';
import { FormActions, ModalDialog } from './modal-dialog';

export interface NewPackDialogProps {
  /** Called with the new project's folder name once it exists. */
  readonly onCreated: (name: string) => void;
  readonly onClose: () => void;
}

const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
type Marking = 'none' | (typeof MARKINGS)[number];

/**
 * "New briefing pack": a title, the protective marking (none, OFFICIAL or OFFICIAL-SENSITIVE; another one can be
 * typed in the editor), and whether to start with the usual sections (situation summary, key messages, reactive
 * questions, handling plan, contacts) or none. Dated today by the host.
 */
export function NewPackDialog({ onCreated, onClose }: NewPackDialogProps) {
  const ids = { title: useId(), titleHint: useId(), titleError: useId(), audience: useId(), marking: useId() };
  const titleField = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState('');
  const [marking, setMarking] = useState<Marking>('OFFICIAL');
  const [usualSections, setUsualSections] = useState(true);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = title.trim();
    if (!wanted) {
      setTitleError('Enter a title for the briefing pack.');
      titleField.current?.focus();
      return;
    }
    setTitleError(null);
    setError(null);
    setBusy(true);
    const result = await call('projects:create', {
      title: wanted,
      kind: 'pack',
      pack: { classification: marking === 'none' ? null : marking, usualSections, ...(audience.trim() ? { audience: audience.trim() } : {}) },
    });
    if (result.ok) {
      onCreated(result.value.name);
      return;
    }
    setBusy(false);
    setError(result.error.message);
  };

  return (
    <ModalDialog title="New briefing pack" onClose={onClose} className="new-pack-dialog">
      <form onSubmit={(event) => void create(event)} noValidate>
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.title}>Title</label>
          <p id={ids.titleHint} className="hint">
            Printed on the cover, e.g. “Harbour wall reopening: members’ briefing”. You can change it later.
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
        <div className="field">
          <label htmlFor={ids.audience}>Audience (optional)</label>
          <input id={ids.audience} type="text" value={audience} onChange={(event) => setAudience(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={ids.marking}>Classification</label>
          <select id={ids.marking} value={marking} onChange={(event) => setMarking(event.target.value as Marking)}>
            <option value="none">None</option>
            {MARKINGS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Start with</legend>
          <label className="choice">
            <input type="radio" name="pack-sections" checked={usualSections} onChange={() => setUsualSections(true)} />
            The usual sections (situation summary, key messages, reactive questions, handling plan, contacts)
          </label>
          <label className="choice">
            <input type="radio" name="pack-sections" checked={!usualSections} onChange={() => setUsualSections(false)} />
            No sections
          </label>
        </fieldset>
        <FormActions submit="Create" disabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
