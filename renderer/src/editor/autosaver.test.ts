import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, IncrementalSave } from './autosaver';

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

describe('IncrementalSave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  type Draft = { readonly text: string };
  type Saved = { readonly revision: string; readonly savedTo: 'project' };
  type Patch = { readonly from: string; readonly to: string };

  /** A host that holds one revision, answering patches against it and stale otherwise; `fail` makes calls fail. */
  function fakeHost() {
    let counter = 0;
    const host = {
      held: null as string | null,
      fail: { full: false, patch: false },
      calls: [] as string[],
      full: vi.fn(async (draft: Draft) => {
        host.calls.push(`full ${draft.text}`);
        if (host.fail.full) return { ok: false as const, error: { message: 'disk full' } };
        host.held = `r${++counter}`;
        return { ok: true as const, value: { revision: host.held, savedTo: 'project' as const } };
      }),
      patch: vi.fn(async (base: string, changes: Patch) => {
        host.calls.push(`patch ${base} ${changes.from}→${changes.to}`);
        if (host.fail.patch) throw new Error('connection lost');
        if (base !== host.held) return { ok: true as const, value: { stale: true as const } };
        host.held = `r${++counter}`;
        return { ok: true as const, value: { revision: host.held, savedTo: 'project' as const } };
      }),
    };
    return host;
  }
  const diff = (saved: Draft, current: Draft): Patch | null => (current.text === 'huge' ? null : { from: saved.text, to: current.text });
  const sender = (host: ReturnType<typeof fakeHost>) => new IncrementalSave<Draft, Saved, Patch>({ full: host.full, patch: host.patch, diff });

  it('sends the whole draft first, then patches against the draft the host confirmed', async () => {
    const host = fakeHost();
    const save = sender(host);
    await expect(save.save({ text: 'a' })).resolves.toEqual({ ok: true, value: { revision: 'r1', savedTo: 'project' } });
    await save.save({ text: 'ab' });
    await save.save({ text: 'abc' });
    expect(host.calls).toEqual(['full a', 'patch r1 a→ab', 'patch r2 ab→abc']);
  });

  it('patches from the draft project:open gave', async () => {
    const host = fakeHost();
    host.held = 'opened';
    const save = sender(host);
    save.opened('opened', { text: 'as opened' });
    await save.save({ text: 'typed' });
    expect(host.calls).toEqual(['patch opened as opened→typed']);
  });

  it('sends the whole draft when the host says its copy is stale, then patches again', async () => {
    const host = fakeHost();
    const save = sender(host);
    save.opened('before-restart', { text: 'a' });
    await expect(save.save({ text: 'ab' })).resolves.toMatchObject({ ok: true, value: { revision: 'r1' } });
    await save.save({ text: 'abc' });
    expect(host.calls).toEqual(['patch before-restart a→ab', 'full ab', 'patch r1 ab→abc']);
  });

  it('sends the whole draft when the diff gives up, or a patch fails', async () => {
    const host = fakeHost();
    const save = sender(host);
    await save.save({ text: 'a' });
    await save.save({ text: 'huge' });
    host.fail.patch = true;
    await expect(save.save({ text: 'after' })).resolves.toMatchObject({ ok: true, value: { revision: 'r3' } });
    expect(host.calls).toEqual(['full a', 'full huge', 'patch r2 huge→after', 'full after']);
  });

  it('keeps its base when a save fails, so the retry patches from the last draft the host confirmed', async () => {
    const host = fakeHost();
    const save = sender(host);
    await save.save({ text: 'a' });
    host.fail.full = true;
    host.fail.patch = true;
    await expect(save.save({ text: 'ab' })).resolves.toEqual({ ok: false, error: { message: 'disk full' } });
    host.fail = { full: false, patch: false };
    await save.save({ text: 'abc' });
    expect(host.calls).toEqual(['full a', 'patch r1 a→ab', 'full ab', 'patch r1 a→abc']);
  });

  it('works under the Autosaver: one save at a time, the newest draft next, a retry after a failure', async () => {
    const host = fakeHost();
    const save = sender(host);
    const saver = new Autosaver<Draft>({ save: async (draft) => (await save.save(draft)).ok });
    saver.change({ text: 'a' });
    await vi.advanceTimersByTimeAsync(500);
    saver.change({ text: 'ab' });
    saver.change({ text: 'abc' });
    await expect(saver.flush()).resolves.toBe(true);
    host.fail = { full: true, patch: true };
    saver.change({ text: 'abcd' });
    await expect(saver.flush()).resolves.toBe(false);
    host.fail = { full: false, patch: false };
    await expect(saver.retry()).resolves.toBe(true);
    expect(host.calls).toEqual(['full a', 'patch r1 a→abc', 'patch r2 abc→abcd', 'full abcd', 'patch r2 abc→abcd']);
  });
});
