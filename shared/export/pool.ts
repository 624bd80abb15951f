import { availableParallelism } from 'node:os';

/**
 * Runs `task` over `items` with at most `limit` at a time, keeping results in the items' order. Picture
 * work is bounded so each picture's time limit measures its own decoding, not its wait behind forty others
 * in sharp's thread pool, and so forty 80-megapixel photos are never all in memory at once.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  limit: number = Math.max(1, availableParallelism()),
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
