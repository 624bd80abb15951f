import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asText, type Path } from './json-path';
import { wrapSelection, type Format } from './markdown-wrap';

/** The id of the one visible hint about Markdown that every inline text field is described by. */
export const MARKDOWN_HINT_ID = 'editor-markdown-hint';

interface InlineTextFieldProps {
  readonly path: Path;
  /** The draft's value at `path` (anything but a string shows as empty). */
  readonly value: unknown;
  readonly label: string;
  readonly rows?: number;
}

const SHORTCUTS: Readonly<Record<string, Format>> = { b: 'bold', i: 'italic', k: 'link' };

/**
 * A textarea for inline text (the format's Markdown subset), with "Bold", "Italic" and "Link" buttons that wrap the
 * selection (also Ctrl+B, Ctrl+I, Ctrl+K), so nobody has to remember the asterisks.
 */
export function InlineTextField({ path, value: stored, label, rows = 3 }: InlineTextFieldProps) {
  const { set } = useEditor();
  const id = fieldId(path);
  const value = asText(stored);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const restore = useRef<{ start: number; end: number } | null>(null);

  useLayoutEffect(() => {
    const selection = restore.current;
    if (!selection || !textarea.current) return;
    restore.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(selection.start, selection.end);
  });

  const format = (kind: Format) => {
    const element = textarea.current;
    if (!element) return;
    const wrapped = wrapSelection(value, element.selectionStart, element.selectionEnd, kind);
    restore.current = { start: wrapped.selectionStart, end: wrapped.selectionEnd };
    set(path, wrapped.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const kind = SHORTCUTS[event.key.toLowerCase()];
    if (!kind) return;
    event.preventDefault();
    format(kind);
  };

  return (
    <div className="field inline-field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        <span className="format-buttons">
          <button type="button" className="small" aria-controls={id} onClick={() => format('bold')}>
            Bold
          </button>
          <button type="button" className="small" aria-controls={id} onClick={() => format('italic')}>
            Italic
          </button>
          <button type="button" className="small" aria-controls={id} onClick={() => format('link')}>
            Link
          </button>
        </span>
      </div>
      <textarea
        id={id}
        ref={textarea}
        rows={rows}
        value={value}
        aria-describedby={MARKDOWN_HINT_ID}
        onKeyDown={onKeyDown}
        onChange={(event) => set(path, event.target.value, true)}
      />
    </div>
  );
}
