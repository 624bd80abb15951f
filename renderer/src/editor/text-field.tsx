import type { HTMLInputTypeAttribute } from 'react';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asText, getIn, type Path } from './json-path';

interface TextFieldProps {
  readonly path: Path;
  readonly label: string;
  readonly type?: HTMLInputTypeAttribute;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly autoComplete?: string;
}

/** One labelled input for a text (or date) field of the draft; typing in it is one undo step per pause. */
export function TextField({ path, label, type = 'text', hint, disabled = false, autoComplete = 'off' }: TextFieldProps) {
  const { project, set } = useEditor();
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
        value={asText(getIn(project, path))}
        disabled={disabled}
        autoComplete={autoComplete}
        aria-describedby={hint ? hintId : undefined}
        // A date picker changes the whole value at once: each pick is its own undo step.
        onChange={(event) => set(path, event.target.value, type !== 'date')}
      />
    </div>
  );
}
