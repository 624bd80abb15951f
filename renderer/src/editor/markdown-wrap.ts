/**
 * The "Bold", "Italic" and "Link" buttons: they write the format's Markdown subset (**bold**, *italic*,
 * [words](https://…)) around the selection, so what is stored is what the user could have typed.
 */

export type Format = 'bold' | 'italic' | 'link';

export interface Wrapped {
  readonly text: string;
  /** The selection to restore afterwards: the wrapped words, or the part the user should type next. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

const PLACEHOLDER: Readonly<Record<Format, string>> = { bold: 'bold text', italic: 'italic text', link: 'link text' };
const URL_PLACEHOLDER = 'https://';

export function wrapSelection(text: string, start: number, end: number, format: Format): Wrapped {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  // Spaces caught at the edges of a double-click selection stay outside the markers, or Markdown ignores them.
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const innerFrom = raw.trim() ? from + lead : from;
  const innerTo = raw.trim() ? to - trail : from;
  const selected = text.slice(innerFrom, innerTo) || PLACEHOLDER[format];
  const before = text.slice(0, innerFrom);
  const after = text.slice(innerTo);
  if (format === 'link') {
    const opening = `[${selected}](`;
    const middle = `${opening}${URL_PLACEHOLDER})`;
    const urlStart = before.length + opening.length;
    // With words chosen, the next thing to type is the address; with none, the words.
    return innerTo > innerFrom
      ? { text: before + middle + after, selectionStart: urlStart, selectionEnd: urlStart + URL_PLACEHOLDER.length }
      : { text: before + middle + after, selectionStart: before.length + 1, selectionEnd: before.length + 1 + selected.length };
  }
  const marker = format === 'bold' ? '**' : '*';
  const wrappedStart = before.length + marker.length;
  return { text: `${before}${marker}${selected}${marker}${after}`, selectionStart: wrappedStart, selectionEnd: wrappedStart + selected.length };
}
