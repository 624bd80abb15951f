import { useEffect, useId, useState, type FormEvent } from 'react';
import { call, isDesktop } from '../ipc/client';

export interface WorkspaceFolderProps {
  /** Called after the folder has changed, to list the new folder's projects. */
  readonly onChanged: () => void;
}

/** The folder projects are kept in (workspace:get), with a field to change it (workspace:set) and, in the desktop
 *  app, the system's folder dialog (workspace:choose). */
export function WorkspaceFolder({ onChanged }: WorkspaceFolderProps) {
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const [exists, setExists] = useState(true);
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void call('workspace:get', {}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setFolder(result.value.folder);
        setExists(result.value.exists);
      } else {
        setError(result.error.message);
      }
    });
    return () => {
      live = false;
    };
  }, []);

  const change = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = folder.trim();
    if (!wanted) {
      setError('Enter the folder your projects are kept in, for example C:\\Users\\you\\Documents\\Pressdesk.');
      return;
    }
    setBusy(true);
    const result = await call('workspace:set', { folder: wanted });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setFolder(result.value.folder);
    setExists(result.value.exists);
    onChanged();
  };

  const choose = async () => {
    setBusy(true);
    const result = await call('workspace:choose', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    if (!result.value.chosen) return;
    setError(null);
    setFolder(result.value.folder);
    setExists(result.value.exists);
    onChanged();
  };

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <form className="workspace-folder" onSubmit={(event) => void change(event)} noValidate>
      <label htmlFor={fieldId}>Projects folder</label>
      <p id={hintId} className="hint">
        {exists ? 'Where Pressdesk keeps your projects, one folder each.' : 'Pressdesk cannot find this folder. Check the drive is connected, or enter another folder.'}
      </p>
      <div className="field-row">
        <input
          id={fieldId}
          type="text"
          value={folder}
          onChange={(event) => setFolder(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" disabled={busy}>
          Change
        </button>
        {isDesktop && (
          <button type="button" disabled={busy} onClick={() => void choose()}>
            Choose folder…
          </button>
        )}
      </div>
      {error && (
        <p id={errorId} className="error-message" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
