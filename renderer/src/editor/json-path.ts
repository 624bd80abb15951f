/**
 * Immutable edits of the project draft by path (['release', 'body', 3, 'alt']). The draft may be invalid (that is
 * what the checks panel is for), so everything here works on unknown JSON and never throws on a missing level: it
 * creates it, an object for a string key and an array for a number.
 */

export type Path = readonly (string | number)[];

export const asRecord = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Text for an input: strings as they are, anything else (absent, null, a number in a broken file) as ''. */
export const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

export function getIn(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `path` replaced; untouched branches are shared. */
export function setIn(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof key === 'number') {
    const array = Array.isArray(root) ? [...(root as unknown[])] : [];
    array[key] = setIn(array[key], rest, value);
    return array;
  }
  const record = asRecord(root);
  return { ...record, [key]: setIn(record[key], rest, value) };
}

/** Applies `change` to the array at `path` (a missing array counts as empty). */
export function updateArray(root: unknown, path: Path, change: (items: unknown[]) => unknown[]): unknown {
  return setIn(root, path, change([...asArray(getIn(root, path))]));
}

export const insertAt = (root: unknown, path: Path, index: number, value: unknown): unknown =>
  updateArray(root, path, (items) => {
    items.splice(Math.max(0, Math.min(index, items.length)), 0, value);
    return items;
  });

export const removeAt = (root: unknown, path: Path, index: number): unknown =>
  updateArray(root, path, (items) => {
    items.splice(index, 1);
    return items;
  });

/** Moves one element; out-of-range moves leave the array as it is. */
export const moveItem = (root: unknown, path: Path, from: number, to: number): unknown =>
  updateArray(root, path, (items) => {
    if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return items;
    const [item] = items.splice(from, 1);
    items.splice(to, 0, item);
    return items;
  });
