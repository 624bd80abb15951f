import { useId, useRef, useState, type FormEvent } from 'react';
import { call } from '../ipc/client';
import { FormActions, ModalDialog } from './modal-dialog';
import type { ListedProject } from './project-list';

export interface NewReleaseDialogProps {
  /** The releases that can be copied, in the order to offer them. */
  readonly releases: readonly ListedProject[];
  /** Called with the new project's folder name once it exists. */
  readonly onCreated: (name: string) => void;
  readonly onClose: () => void;
}

type StartFrom = 'blank' | 'copy';

/** "New release": a title, and a blank release or a copy of an existing one (projects:create). */
export function NewReleaseDialog({ releases, onCreated, onClose }: NewReleaseDialogProps) {
  const ids = { title: useId(), titleHint: useId(), titleError: useId(), copy: useId(), copyHint: useId() };
  const titleField = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [startFrom, setStartFrom] = useState<StartFrom>('blank');
  const [copyFrom, setCopyFrom] = useState(releases[0]?.row.name ?? '');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canCopy = releases.length > 0;

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = title.trim();
    if (!wanted) {
      setTitleError('Enter a title for the release.');
      titleField.current?.focus();
      return;
    }
    setTitleError(null);
    setError(null);
    setBusy(true);
    const result = await call('projects:create', {
      title: wanted,
      kind: 'release',
      ...(startFrom === 'copy' && copyFrom ? { copyFrom } : {}),
    });
    if (result.ok) {
      onCreated(result.value.name);
      return;
    }
    setBusy(false);
    setError(result.error.message);
  };

  return (
    <ModalDialog title="New release" onClose={onClose} className="new-release-dialog">
      <form onSubmit={(event) => void create(event)} noValidate>
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        <div className="field">
          <label htmlFor={ids.title}>Title</label>
          <p id={ids.titleHint} className="hint">
            Usually the headline. You can change it later.
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
        <fieldset className="field">
          <legend>Start from</legend>
          <label className="choice">
            <input type="radio" name="start-from" value="blank" checked={startFrom === 'blank'} onChange={() => setStartFrom('blank')} />
            Blank release
          </label>
          <label className="choice">
            <input
              type="radio"
              name="start-from"
              value="copy"
              checked={startFrom === 'copy'}
              disabled={!canCopy}
              onChange={() => setStartFrom('copy')}
            />
            Copy of an existing release
          </label>
          <div className="field nested">
            <label htmlFor={ids.copy}>Release to copy</label>
            {!canCopy && (
              <p id={ids.copyHint} className="hint">
                There are no releases to copy yet.
              </p>
            )}
            <select
              id={ids.copy}
              value={copyFrom}
              disabled={startFrom !== 'copy'}
              onChange={(event) => setCopyFrom(event.target.value)}
              aria-describedby={canCopy ? undefined : ids.copyHint}
            >
              {releases.map((release) => (
                <option key={release.row.name} value={release.row.name}>
                  {release.title}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <FormActions submit="Create" disabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
