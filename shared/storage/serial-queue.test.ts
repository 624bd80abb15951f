import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runExclusive } from './serial-queue';

describe('runExclusive', () => {
  it('runs tasks for one folder one at a time, in order, however it is written', async () => {
    const events: string[] = [];
    const task = (label: string, ms: number) => async () => {
      events.push(`start ${label}`);
      await sleep(ms);
      events.push(`end ${label}`);
      return label;
    };
    const results = await Promise.all([
      runExclusive('/projects/harbour', task('slow', 30)),
      runExclusive('/projects/harbour/', task('quick', 1)),
      runExclusive('/projects/../projects/harbour', task('last', 1)),
    ]);
    expect(results).toEqual(['slow', 'quick', 'last']);
    expect(events).toEqual(['start slow', 'end slow', 'start quick', 'end quick', 'start last', 'end last']);
  });

  it('lets different folders run side by side', async () => {
    const events: string[] = [];
    await Promise.all([
      runExclusive('/projects/a', async () => {
        events.push('start a');
        await sleep(20);
        events.push('end a');
      }),
      runExclusive('/projects/b', async () => {
        events.push('start b');
      }),
    ]);
    expect(events).toEqual(['start a', 'start b', 'end a']);
  });

  it('carries on after a task fails, and gives the failure to its own caller', async () => {
    const failed = runExclusive('/projects/c', () => Promise.reject(new Error('disk full')));
    const next = runExclusive('/projects/c', () => Promise.resolve('saved'));
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('saved');
  });
});
