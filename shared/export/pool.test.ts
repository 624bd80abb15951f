import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapWithLimit } from './pool';

describe('mapWithLimit', () => {
  it('runs at most `limit` tasks at once and keeps the results in order', async () => {
    let running = 0;
    let most = 0;
    const results = await mapWithLimit(
      Array.from({ length: 12 }, (_, index) => index),
      async (item) => {
        running++;
        most = Math.max(most, running);
        await sleep(5 + ((item * 7) % 11));
        running--;
        return item * 10;
      },
      3,
    );
    expect(most).toBe(3);
    expect(results).toEqual(Array.from({ length: 12 }, (_, index) => index * 10));
  });

  it('starts each task only when a place is free, so its own time limit measures only its own work', async () => {
    const started: number[] = [];
    const begin = performance.now();
    await mapWithLimit([1, 2, 3, 4], async () => {
      started.push(performance.now() - begin);
      await sleep(30);
    }, 2);
    expect(started.filter((at) => at < 20)).toHaveLength(2);
    expect(started.filter((at) => at >= 25)).toHaveLength(2);
  });
});
