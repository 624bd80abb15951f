import { useId } from 'react';
import { checkContrast, formatRatio, isHexColour, MINIMUM_TEXT_CONTRAST } from '../../../shared/brands/contrast';

export interface ContrastPair {
  /** What is checked, as a person would say it ("Text colour on white"). */
  readonly label: string;
  readonly foreground: string;
  readonly background: string;
}

interface ColourFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly onChange: (value: string) => void;
  /** The live contrast check under the field. */
  readonly contrast?: ContrastPair;
}

/**
 * A colour as a colour picker and a #rrggbb text field side by side (the picker alone cannot be typed into, and its
 * own value is always valid, so the text field is the one that can be wrong and carries the label and problem),
 * with a live WCAG contrast check.
 */
export function ColourField({ id, label, hint, value, problem, onChange, contrast }: ColourFieldProps) {
  const hintId = useId();
  const problemId = `${id}-problem`;
  const valid = isHexColour(value);
  const describedBy = [problem ? problemId : null, hintId].filter(Boolean).join(' ');
  return (
    <div className="field colour-field">
      <label htmlFor={id}>{label}</label>
      <p id={hintId} className="hint">
        {hint}
      </p>
      {problem && (
        <p id={problemId} className="error-message field-error">
          {problem}
        </p>
      )}
      <div className="colour-inputs">
        <input
          type="color"
          aria-label={`${label} picker`}
          value={valid ? value.trim().toLowerCase() : '#000000'}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={id}
          type="text"
          className="hex-input"
          value={value}
          spellCheck={false}
          autoComplete="off"
          maxLength={20}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <span className="swatch" aria-hidden="true" style={{ background: valid ? value.trim() : 'transparent' }} />
      </div>
      {contrast && <ContrastResult {...contrast} />}
    </div>
  );
}

/** "Text colour on white: 19.59:1, enough" or a warning under 4.5:1. Live, but polite: it changes as the user types. */
export function ContrastResult({ label, foreground, background }: ContrastPair) {
  const { ratio, passes } = checkContrast(foreground, background);
  if (ratio === undefined) return null;
  return (
    <p className={passes ? 'contrast contrast-ok' : 'contrast contrast-low'} aria-live="polite">
      {passes ? (
        <>
          {label}: contrast {formatRatio(ratio)}, enough for text (at least {MINIMUM_TEXT_CONTRAST}:1).
        </>
      ) : (
        <>
          <strong>Warning:</strong> {label}: contrast {formatRatio(ratio)}, under the {MINIMUM_TEXT_CONTRAST}:1 that text needs to be readable (WCAG AA). Choose a
          darker colour.
        </>
      )}
    </p>
  );
}
