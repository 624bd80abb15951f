import { useId, useState, type FormEvent } from 'react';
import { PLAIN_BRAND } from '../../../shared/model/brand';
import { call } from '../ipc/client';
import { FormActions, ModalDialog } from '../projects/modal-dialog';

interface NewBrandDialogProps {
  /** Called with the new brand's id, to open it in the brand editor. */
  readonly onCreated: (id: string) => void;
  readonly onClose: () => void;
}

/**
 * Asks for the organisation's name and makes the brand (brands:save with the plain brand's colours), so it has a
 * folder for its logo and fonts before the editor opens.
 */
export function NewBrandDialog({ onCreated, onClose }: NewBrandDialogProps) {
  const nameId = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem('Enter the organisation’s name, for example Borders Council.');
      document.getElementById(nameId)?.focus();
      return;
    }
    setBusy(true);
    const result = await call('brands:save', { brand: { name: name.trim(), label: 'News release', colours: { ...PLAIN_BRAND.colours } } });
    if (result.ok) {
      onCreated(result.value.id);
      return;
    }
    setBusy(false);
    setProblem(result.error.message);
  };

  return (
    <ModalDialog title="New brand" onClose={onClose}>
      <form onSubmit={(event) => void create(event)} noValidate>
        <div className="field">
          <label htmlFor={nameId}>Organisation name</label>
          {problem && (
            <p id={`${nameId}-problem`} className="error-message field-error" role="alert">
              {problem}
            </p>
          )}
          <input
            id={nameId}
            type="text"
            value={name}
            autoComplete="organization"
            aria-required
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${nameId}-problem` : undefined}
            data-autofocus
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <FormActions submit="Create brand" disabled={busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
