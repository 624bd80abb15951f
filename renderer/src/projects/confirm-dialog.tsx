import { useId, useState, type ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';
import { messageOf } from './message-of';

export interface ConfirmDialogProps {
  /** The heading ("Delete project"). */
  readonly title: string;
  /** The question, naming the thing ("Move “Budget 2026” to the bin? …"). Read out when the dialog opens. */
  readonly children: ReactNode;
  /** The words on the button that does it ("Move to bin"). */
  readonly confirmLabel: string;
  /** Does it. If it throws, its message is shown in the dialog and the dialog stays open. */
  readonly onConfirm: () => Promise<void>;
  /** Closes without doing anything (Cancel, Escape). */
  readonly onCancel: () => void;
  /** True for something that cannot be undone easily: the button is styled as dangerous. */
  readonly danger?: boolean;
}

/**
 * "Are you sure?" as a modal dialog. Focus starts on Cancel, the harmless choice, so a stray Enter does nothing.
 * The owner closes it (stops rendering it) once `onConfirm` has succeeded.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, danger = false }: ConfirmDialogProps) {
  const questionId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={title} onClose={onCancel} describedBy={questionId} className="confirm-dialog">
      <div id={questionId}>{children}</div>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className={danger ? 'danger' : 'primary'} disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
