import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosaver';

/** A save the test finishes by hand, to see what happens while it is in flight. */
function manualSaves() {
  const calls: { item: number; finish: (ok: boolean) => void }[] = [];
  const save = (item: number) => new Promise<boolean>((resolve) => calls.push({ item, finish: resolve }));
  return { calls, save };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves 500 ms after typing stops', async () => {
    const save = vi.fn(async (_item: number) => true);
    const saver = new Autosaver<number>({ save });
    saver.change(1);
    await vi.advanceTimersByTimeAsync(400);
    saver.change(2);
    await vi.advanceTimersByTimeAsync(400);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(2);
  });

  it('saves at least once a second while typing goes on', async () => {
    const save = vi.fn(async (_item: number) => true);
    const saver = new Autosaver<number>({ save });
    for (let time = 0; time < 3000; time += 100) {
      saver.change(time);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(save.mock.calls[0]?.[0]).toBeLessThanOrEqual(1000);
  });

  it('never has two saves in flight, and sends only the newest version after one ends', async () => {
    const { calls, save } = manualSaves();
    const saver = new Autosaver<number>({ save });
    saver.change(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(calls.map((call) => call.item)).toEqual([1]);
    saver.change(2);
    saver.change(3);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);
    calls[0]?.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((call) => call.item)).toEqual([1, 3]);
  });

  it('flush saves at once and waits for every save', async () => {
    const { calls, save } = manualSaves();
    const saver = new Autosaver<number>({ save });
    saver.change(1);
    const flushed = saver.flush();
    expect(calls.map((call) => call.item)).toEqual([1]);
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    calls[0]?.finish(true);
    await expect(flushed).resolves.toBe(true);
    expect(saver.busy).toBe(false);
  });

  it('flush during a save sends the newer version after it', async () => {
    const { calls, save } = manualSaves();
    const saver = new Autosaver<number>({ save });
    saver.change(1);
    await vi.advanceTimersByTimeAsync(500);
    saver.change(2);
    const flushed = saver.flush();
    calls[0]?.finish(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((call) => call.item)).toEqual([1, 2]);
    calls[1]?.finish(true);
    await expect(flushed).resolves.toBe(true);
  });

  it('keeps a failed version for retry', async () => {
    const results = [false, true];
    const save = vi.fn(async (_item: number) => results.shift() ?? true);
    const saver = new Autosaver<number>({ save });
    saver.change(7);
    await expect(saver.flush()).resolves.toBe(false);
    await expect(saver.retry()).resolves.toBe(true);
    expect(save.mock.calls.map((call) => call[0])).toEqual([7, 7]);
  });

  it('treats a save that throws as failed, not as stuck', async () => {
    const saver = new Autosaver<number>({ save: () => Promise.reject(new Error('gone')) });
    saver.change(1);
    await expect(saver.flush()).resolves.toBe(false);
    expect(saver.busy).toBe(false);
  });
});
