import type { SaveState } from './use-autosave';

interface SaveStatusProps {
  readonly status: SaveState;
  readonly onRetry: () => void;
}

/** Whether what was typed is safe on disk, in words, in a status region so screen readers hear changes. */
export function SaveStatus({ status, onRetry }: SaveStatusProps) {
  return (
    <div className={`save-status save-${status.kind}`}>
      <p role="status" className="save-words">
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'saved' && (status.savedTo === 'project' ? 'Saved' : 'Saved as a draft: fix the problems below to save the project')}
        {status.kind === 'failed' && `Not saved: ${status.message}`}
      </p>
      {status.kind === 'failed' && (
        <button type="button" onClick={onRetry}>
          Try saving again
        </button>
      )}
    </div>
  );
}
