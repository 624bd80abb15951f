import { MAX_CHANGE_DEPTH, type JsonChange } from '../../../shared/ipc/json-changes';

/**
 * What changed between the draft last saved and the draft now, as project:patch carries it, or null when a patch
 * is not worth it (or not possible) and the whole draft should be saved instead.
 *
 * Quick because the editor's reducer shares structure (json-path.ts's setIn copies only the objects on the edited
 * path, and undo/redo hand back earlier versions as they were): a subtree with the same identity in both is
 * unchanged and never walked, so typing in one paragraph of a long release walks the root, `release`, the body
 * list's elements by identity, and that paragraph. Identity is only a shortcut: where it differs the values are
 * compared, so a copied but equal subtree gives no change.
 *
 * - Objects are walked key by key: a new key is set, a missing one removed, a changed one walked into.
 * - A list of the same length is walked index by index; an element that is an element moved from elsewhere in the
 *   list (the same object at another index of the saved list, as a Move up/down makes) is set whole at its new
 *   index rather than walked against the unrelated element that was there.
 * - A list whose length changed is set whole (an insertion shifts every later index).
 * - Below MAX_CHANGE_DEPTH levels a changed value is set whole.
 * - More than `limit` changes, a root that is not an object, or a change at or under a key the host refuses
 *   (__proto__, constructor, prototype) give null.
 *
 * `undefined` is treated as JSON treats it: a key holding it is absent, a list element holding it is null.
 */
export function diffDrafts(saved: unknown, current: unknown, limit = DIFF_LIMIT): JsonChange[] | null {
  if (!isRecord(saved) || !isRecord(current)) return null;
  const changes: JsonChange[] = [];
  try {
    walk(saved, current, [], changes, limit);
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
  return changes;
}

/** Changes above this make a full save: a patch that big saves little, and the host accepts at most MAX_CHANGES. */
export const DIFF_LIMIT = 50;

const GIVE_UP = Symbol('give up');
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

function push(changes: JsonChange[], limit: number, change: JsonChange): void {
  if (changes.length >= limit) throw GIVE_UP;
  changes.push(change);
}

/**
 * True when applying this object's changes key by key leaves its keys in `current`'s order, as a full save would
 * write them: the host keeps a set key where it is, drops a removed one and appends a new one. So the keys both
 * have must keep their order, and every new key must come after them. (The reducer's setIn keeps keys in place,
 * so this holds for typing; when it does not, the object is set whole.) Keys holding undefined do not count, as
 * JSON leaves them out.
 */
function sameKeyOrder(saved: Record<string, unknown>, current: Record<string, unknown>): boolean {
  const order = new Map<string, number>();
  for (const key of Object.keys(saved)) if (saved[key] !== undefined) order.set(key, order.size);
  let last = -1;
  let added = false;
  for (const key of Object.keys(current)) {
    if (current[key] === undefined) continue;
    const at = order.get(key);
    if (at === undefined) added = true;
    else if (added || at < last) return false;
    else last = at;
  }
  return true;
}

/** A value as it crosses in JSON at a place in a list: undefined becomes null there. */
const inList = (value: unknown): unknown => (value === undefined ? null : value);

function walk(saved: unknown, current: unknown, path: (string | number)[], changes: JsonChange[], limit: number): void {
  if (saved === current) return;
  const deeper = path.length < MAX_CHANGE_DEPTH;
  if (deeper && isRecord(saved) && isRecord(current) && sameKeyOrder(saved, current)) {
    for (const key of Object.keys(current)) {
      const value = current[key];
      // A change through such a key is refused by the host, so one there means a full save.
      if (FORBIDDEN_KEYS.has(key) && value !== saved[key]) throw GIVE_UP;
      const had = Object.hasOwn(saved, key) && saved[key] !== undefined;
      if (value === undefined) {
        if (had) push(changes, limit, { path: [...path, key], remove: true });
      } else if (!had) push(changes, limit, { path: [...path, key], value });
      else walk(saved[key], value, [...path, key], changes, limit);
    }
    for (const key of Object.keys(saved)) {
      if (saved[key] === undefined || Object.hasOwn(current, key)) continue;
      if (FORBIDDEN_KEYS.has(key)) throw GIVE_UP;
      push(changes, limit, { path: [...path, key], remove: true });
    }
    return;
  }
  if (deeper && Array.isArray(saved) && Array.isArray(current) && saved.length === current.length) {
    let elsewhere: Set<unknown> | undefined;
    for (let index = 0; index < current.length; index++) {
      const before: unknown = saved[index];
      const after: unknown = current[index];
      if (before === after) continue;
      // Built only once a list has a changed element: most lists on the way to a change have one.
      elsewhere ??= new Set(saved.filter(isContainer));
      if (isContainer(after) && elsewhere.has(after)) push(changes, limit, { path: [...path, index], value: after });
      else walk(before, inList(after), [...path, index], changes, limit);
    }
    return;
  }
  if (path.length === 0) throw GIVE_UP;
  push(changes, limit, { path, value: current });
}
