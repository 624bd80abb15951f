import { folderKey } from './folder-key';

/** The last task queued for each project folder; removed once the queue drains, so the map does not grow. */
const tails = new Map<string, Promise<void>>();

/**
 * Runs `task` after every task queued earlier for the same folder has settled, so two saves (or a save and
 * a repair on open) never interleave their writes. A failed task does not stop the ones after it.
 */
export function runExclusive<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const key = folderKey(dir);
  const previous = tails.get(key) ?? Promise.resolve();
  const result = previous.then(() => task());
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}
