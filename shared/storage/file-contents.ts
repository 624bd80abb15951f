/** What a project file holds, decided from its bytes alone. */
export type FileContents =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'damaged'; readonly damage: Damage };

/** How a file is damaged; each has a plain-English description in `describeDamage`. */
export type Damage = 'empty' | 'zero-bytes' | 'not-text' | 'not-json';

/**
 * Decodes and parses a project file. Damage is what a crash, a full disk or a sync tool can leave behind;
 * it is not the same as a readable file that breaks the format, which the model reports problem by problem.
 */
export function readFileContents(bytes: Uint8Array): FileContents {
  if (bytes.every((byte) => byte === 0)) return { kind: 'damaged', damage: bytes.length === 0 ? 'empty' : 'zero-bytes' };
  let text: string;
  try {
    // The decoder also drops a leading byte order mark (Notepad adds one), which JSON.parse would reject.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'damaged', damage: 'not-text' };
  }
  if (text.trim() === '') return { kind: 'damaged', damage: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    return { kind: 'damaged', damage: 'not-json' };
  }
}

export function describeDamage(damage: Damage): string {
  switch (damage) {
    case 'empty':
      return 'it is empty';
    case 'zero-bytes':
      return 'it is filled with blank bytes, which usually means the computer lost power or crashed while saving';
    case 'not-text':
      return 'it is not text';
    case 'not-json':
      return 'its contents are garbled and are not valid JSON';
  }
}

/** The text Pressdesk writes: 2-space indent and a final newline, so diffs and hand edits stay tidy. */
export const serialiseProject = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
