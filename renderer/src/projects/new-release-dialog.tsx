import { useId, useState } from 'react';
import { FormActions, ModalDialog } from './modal-dialog';
import { CreateError, TitleField, useNewProject } from './new-project-form';
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
  const form = useNewProject('release', onCreated);
  const ids = { copy: useId(), copyHint: useId() };
  const [startFrom, setStartFrom] = useState<StartFrom>('blank');
  const [copyFrom, setCopyFrom] = useState(releases[0]?.row.name ?? '');
  const canCopy = releases.length > 0;

  const create = form.create((title) => ({ title, kind: 'release', ...(startFrom === 'copy' && copyFrom ? { copyFrom } : {}) }));

  return (
    <ModalDialog title="New release" onClose={onClose} className="new-release-dialog">
      <form onSubmit={(event) => void create(event)} noValidate>
        <CreateError error={form.error} />
        <TitleField form={form} hint="Usually the headline. You can change it later." />
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
        <FormActions submit="Create" disabled={form.busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
