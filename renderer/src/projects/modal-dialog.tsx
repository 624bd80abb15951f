import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface ModalDialogProps {
  /** The dialog's heading, which also names it for screen readers. */
  readonly title: string;
  /** Called when the dialog closes itself (Escape); the owner then stops rendering it. */
  readonly onClose: () => void;
  /** The id of an element that describes the dialog (a confirmation's question), if any. */
  readonly describedBy?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A modal dialog on the native <dialog> element: render it to open it, stop rendering it to close it.
 * `showModal` makes the rest of the page inert and traps focus for us, Escape closes it, and focus goes back to
 * whatever had it before (the button that opened it) when it goes. Focus starts on the element marked
 * `data-autofocus`, else the dialog's first control. React's own `autoFocus` runs before `showModal` and is lost.
 */
export function ModalDialog({ title, onClose, describedBy, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  // Captured while rendering, before showModal moves focus (StrictMode's second effect run would see the dialog's).
  const [opener] = useState(() => document.activeElement);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  // On unmount the dialog has already left the page, so the opener is no longer inert and can take focus.
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );

  return (
    <dialog
      ref={ref}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={headingId}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  );
}

export interface FormActionsProps {
  /** The submit button's words ("Create", "Save", "Include"). */
  readonly submit: string;
  readonly disabled?: boolean;
  readonly onCancel: () => void;
}

/** A form dialog's buttons: submit first, as the primary action, then Cancel. */
export function FormActions({ submit, disabled = false, onCancel }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
