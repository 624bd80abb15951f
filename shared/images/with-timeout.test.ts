import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from './with-timeout';

const late = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the result of work that finishes in time, and clears its timer', async () => {
    vi.useFakeTimers();
    const result = withTimeout(late(10, 'done'), 1000, () => new Error('too slow'));
    await vi.advanceTimersByTimeAsync(10);
    await expect(result).resolves.toBe('done');
    // Nothing left pending: an export that finished must not be kept alive by its time limit.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on the work’s own failure and clears its timer', async () => {
    vi.useFakeTimers();
    const result = withTimeout(Promise.reject(new Error('broken')), 1000, () => new Error('too slow'));
    await expect(result).rejects.toThrow('broken');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with the timeout error when the work is too slow', async () => {
    vi.useFakeTimers();
    const result = withTimeout(late(5000, 'done'), 100, () => new Error('too slow'));
    const settled = expect(result).rejects.toThrow('too slow');
    await vi.advanceTimersByTimeAsync(100);
    await settled;
  });

  it('leaves no unhandled rejection when slow work fails after the timeout', async () => {
    const slowFailure = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('late failure')), 20));
    await expect(withTimeout(slowFailure, 1, () => new Error('too slow'))).rejects.toThrow('too slow');
    // vitest fails the run on an unhandled rejection; give the late failure time to happen.
    await late(40, undefined);
  });
});
