import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ProjectRow } from '../../../../shared/ipc';
import { call } from '../../ipc/client';
import { FormActions, ModalDialog } from '../../projects/modal-dialog';

interface IncludeReleaseDialogProps {
  /** The pack's own folder, left out of the list. */
  readonly packName: string;
  /** "Include release" or "Replace with another release". */
  readonly title: string;
  /** Resolves with an error message to show, or null when the release went in (the dialog then closes). */
  readonly onChoose: (from: string) => Promise<string | null>;
  readonly onClose: () => void;
}

type Listing = { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly message: string } | { readonly kind: 'ready'; readonly rows: readonly ProjectRow[] };

/**
 * The release projects of the workspace, to copy one into the pack: a radio button each (title, date of issue and
 * folder), then "Include". The copy is made by the host (pack:include-release); errors stay in the dialog.
 */
export function IncludeReleaseDialog({ packName, title, onChoose, onClose }: IncludeReleaseDialogProps) {
  const groupId = useId();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('projects:list', {}).then((result) => {
      if (!live) return;
      if (!result.ok) {
        setListing({ kind: 'failed', message: result.error.message });
        return;
      }
      const rows = result.value.rows
        .filter((row) => row.ok && row.kind === 'release' && row.name !== packName)
        .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
      setListing({ kind: 'ready', rows });
      setChoice(rows[0]?.name ?? '');
    });
    return () => {
      live = false;
    };
  }, [packName]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setError('Choose a release to include.');
      return;
    }
    setBusy(true);
    setError(null);
    const failed = await onChoose(choice);
    if (failed === null) return;
    setBusy(false);
    setError(failed);
  };

  return (
    <ModalDialog title={title} onClose={onClose} className="include-release-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p className="hint">The release is copied into the pack with its pictures. If its project changes later, the pack says so and can copy it again.</p>
        {error && (
          <p className="error-message" role="alert">
            {error}
          </p>
        )}
        {listing.kind === 'loading' && <p role="status">Finding releases…</p>}
        {listing.kind === 'failed' && (
          <p className="error-message" role="alert">
            The projects could not be listed: {listing.message}
          </p>
        )}
        {listing.kind === 'ready' &&
          (listing.rows.length === 0 ? (
            <p>There are no releases in the projects folder to include. Make a release first.</p>
          ) : (
            <fieldset className="field release-choices">
              <legend id={groupId}>Release to include</legend>
              {listing.rows.map((row, index) => (
                <label className="choice" key={row.name}>
                  <input
                    type="radio"
                    name="release-to-include"
                    value={row.name}
                    checked={choice === row.name}
                    onChange={() => setChoice(row.name)}
                    {...(index === 0 ? { 'data-autofocus': true } : {})}
                  />
                  {row.title}
                  <span className="muted">
                    {' '}
                    ({row.date ? `${row.date}, ` : ''}folder {row.name})
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        <FormActions submit="Include" disabled={busy || listing.kind !== 'ready' || listing.rows.length === 0} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
