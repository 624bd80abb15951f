/** One queue per key: each task starts when every task queued earlier for the same key has settled. */
export interface Lanes {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * The app host's own queue per project (keyed by its folder name, and joined before a handler's first await so
 * calls keep the order they arrived in), around whole operations (a save is "write project.json, then remove
 * the draft", or "write the draft"). Storage queues each project.json write on its own queue; this one keeps an
 * older save's "remove the draft" from running after a newer save's "write the draft", which would lose typing.
 */
export function createLanes(): Lanes {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const result = (tails.get(key) ?? Promise.resolve()).then(() => task());
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
