/*
 * Changes to a JSON document by path, as project:patch carries them: the renderer makes them (renderer/src/editor/
 * draft-diff.ts) and the host applies them to its copy of the draft (shared/app-host/draft-cache.ts). One pure
 * applier for both sides, so "the diff applied to what was saved gives what is typed" is tested once.
 */

/** A place in the document: object keys as strings, array indices as numbers (['release', 'body', 3, 'text']). */
export type JsonPath = (string | number)[];

/**
 * One change: set the value at `path` (a new key, or a replaced value or array element), or, with `remove`, take the
 * key away from its object. `undefined` is not JSON and cannot cross as a value, so removal is said outright.
 */
export type JsonChange = { readonly path: JsonPath; readonly value: unknown; readonly remove?: undefined } | { readonly path: JsonPath; readonly remove: true };

/** Deepest path a change may have. A project's deepest field (a table cell) is six levels down. */
export const MAX_CHANGE_DEPTH = 12;
/** Most changes one patch may carry; more is a full save (the renderer falls back well below this). */
export const MAX_CHANGES = 200;

/** Keys that would reach an object's prototype rather than its own fields. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ApplyResult = { readonly ok: true; readonly value: Record<string, unknown> } | { readonly ok: false; readonly message: string };

type Container = Record<string, unknown> | unknown[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const describe = (path: JsonPath, length: number): string => path.slice(0, length).join('.') || 'the project';

/**
 * `root` with every change applied in order, or the first reason one cannot be. Never touches `root`: containers on
 * a changed path are copied (once per call, however many changes pass through them) and every other branch is
 * shared, so a refused or abandoned patch leaves the caller's document as it was.
 *
 * Strict on purpose, since a wrong path must never be "repaired" into a different document: every level above the
 * last must already exist and be an object (string key) or an array (integer index); an array index may be at most
 * the array's length (that length appends); only an object's key may be removed; the root itself cannot be
 * replaced; and no key may reach a prototype (__proto__, constructor, prototype).
 */
export function applyChanges(root: unknown, changes: readonly JsonChange[]): ApplyResult {
  if (!isRecord(root)) return { ok: false, message: 'the project to change is not an object' };
  const copied = new WeakSet<object>();
  const own = <T extends Container>(container: T): T => {
    if (copied.has(container)) return container;
    const copy = (Array.isArray(container) ? [...container] : { ...container }) as T;
    copied.add(copy);
    return copy;
  };
  const top = own(root);
  for (const change of changes) {
    const refused = applyOne(top, change, own);
    if (refused !== undefined) return { ok: false, message: refused };
  }
  return { ok: true, value: top };
}

function applyOne(top: Record<string, unknown>, change: JsonChange, own: <T extends Container>(container: T) => T): string | undefined {
  const { path } = change;
  if (path.length === 0) return 'a change must name a field inside the project, not the whole project';
  if (path.length > MAX_CHANGE_DEPTH) return `the change to ${describe(path, path.length)} goes deeper than ${MAX_CHANGE_DEPTH} levels`;
  for (const [index, key] of path.entries()) {
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return `the change to ${describe(path, index + 1)} names a key that is not allowed (${key})`;
  }
  // An absent value means removal too: `undefined` is not JSON, so setting it would only drop the key on the wire.
  const remove = change.remove === true || (change as { value?: unknown }).value === undefined;
  let node: Container = top;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth]!;
    const last = depth === path.length - 1;
    if (Array.isArray(node)) {
      if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) return `${describe(path, depth)} is a list, so ${String(key)} is not a place in it`;
      if (remove && last) return `${describe(path, depth + 1)} is an item of a list; only fields can be removed`;
      if (key > node.length || (!last && key === node.length)) return `${describe(path, depth)} has no item ${key}`;
    } else if (typeof key !== 'string') {
      return `${describe(path, depth)} is not a list, so ${key} is not a place in it`;
    }
    if (last) {
      if (remove) delete (node as Record<string, unknown>)[key];
      else (node as Record<string | number, unknown>)[key] = (change as { value: unknown }).value;
      return undefined;
    }
    // Own fields only: an inherited one (toString) is not part of the document.
    const next: unknown = Array.isArray(node) || Object.hasOwn(node, key) ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof next !== 'object' || next === null) return `${describe(path, depth + 1)} is not an object or a list, so nothing inside it can change`;
    const copy: Container = own(next as Container);
    (node as Record<string | number, unknown>)[key] = copy;
    node = copy;
  }
  return undefined;
}
