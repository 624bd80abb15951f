import type { HTMLInputTypeAttribute } from 'react';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asText, type Path } from './json-path';

interface TextFieldProps {
  readonly path: Path;
  /** The draft's value at `path` (anything but a string shows as empty). */
  readonly value: unknown;
  readonly label: string;
  readonly type?: HTMLInputTypeAttribute;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly autoComplete?: string;
}

/** One labelled input for a text (or date) field of the draft; typing in it is one undo step per pause. */
export function TextField({ path, value, label, type = 'text', hint, disabled = false, autoComplete = 'off' }: TextFieldProps) {
  const { set } = useEditor();
  const id = fieldId(path);
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={asText(value)}
        disabled={disabled}
        autoComplete={autoComplete}
        aria-describedby={hint ? hintId : undefined}
        // A date picker changes the whole value at once: each pick is its own undo step.
        onChange={(event) => set(path, event.target.value, type !== 'date')}
      />
    </div>
  );
}
