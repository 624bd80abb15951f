import { describe, expect, it } from 'vitest';
import { PressdeskError } from '../errors';
import { ProjectInvalidError } from '../model';
import { CHANNELS } from '../ipc';
import { dispatch, type Handlers } from './dispatch';

/** Handlers that each fail loudly, with the few a test needs replaced. */
const handlers = (overrides: Partial<Record<string, (input: never) => Promise<unknown>>>): Handlers =>
  Object.fromEntries(
    CHANNELS.map((channel) => [channel, overrides[channel] ?? (() => Promise.reject(new Error(`${channel} was not expected`)))]),
  ) as unknown as Handlers;

describe('dispatch: what crosses between the window and the host', () => {
  it('refuses a channel the contract does not have, without calling anything', async () => {
    for (const channel of ['project:delete-everything', '__proto__', 'constructor', 42, undefined]) {
      const result = await dispatch(handlers({}), channel, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/does not know the request/);
    }
  });

  it('refuses a malformed payload, naming each field with its path, before the handler runs', async () => {
    let called = false;
    const result = await dispatch(
      handlers({ 'people:save': async () => ((called = true), { person: { id: 'x', name: 'x' } }) }),
      'people:save',
      { person: { id: 'p1', name: 42 }, extra: 'smuggled' },
    );
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Pressdesk refused a malformed request \(people:save\)/);
    expect(result.error.problems?.map((problem) => problem.path)).toEqual(expect.arrayContaining([['person', 'name']]));
  });

  it('refuses project names that climb or hide, whatever the channel', async () => {
    for (const name of ['..', '../other', 'a/b', 'a\\b', '.hidden', 'C:', '']) {
      const result = await dispatch(handlers({}), 'project:open', { name });
      expect(result.ok, name).toBe(false);
    }
  });

  it('passes a PressdeskError’s message as it is, with its problems and their paths', async () => {
    const invalid = new ProjectInvalidError('harbour-wall', [{ place: 'release.headline', message: 'the headline is missing', path: ['release', 'headline'] }]);
    const result = await dispatch(handlers({ 'project:check': () => Promise.reject(invalid) }), 'project:check', {
      project: { format: 'pressdesk/project', version: 1, id: 'p', kind: 'release', title: 't', status: 'draft' },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        message: invalid.message,
        problems: [{ place: 'release.headline', message: 'the headline is missing', path: ['release', 'headline'], severity: 'error' }],
      },
    });
    const plain = await dispatch(handlers({ 'workspace:get': () => Promise.reject(new PressdeskError('The projects folder is on a drive that is not connected.')) }), 'workspace:get', {});
    expect(plain).toEqual({ ok: false, error: { message: 'The projects folder is on a drive that is not connected.' } });
  });

  it('hides a bug’s internals from the window and reports it to the log', async () => {
    const bugs: unknown[] = [];
    const result = await dispatch(
      handlers({ 'workspace:get': () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x') at /home/me/src/secret.ts")) }),
      'workspace:get',
      {},
      (_channel, error) => bugs.push(error),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/Something went wrong inside Pressdesk \(workspace:get\)/);
      expect(result.error.message).not.toMatch(/secret\.ts|undefined/);
    }
    expect(bugs).toHaveLength(1);
  });

  it('checks answers against the contract too: a handler that returns the wrong shape is a bug, not data', async () => {
    const bugs: unknown[] = [];
    const result = await dispatch(handlers({ 'workspace:get': async () => ({ folder: 7 }) }), 'workspace:get', {}, (_c, error) => bugs.push(error));
    expect(result.ok).toBe(false);
    expect(bugs).toHaveLength(1);
  });

  it('returns the handler’s value when all is well', async () => {
    const result = await dispatch(handlers({ 'workspace:get': async () => ({ folder: '/home/me/Documents/Pressdesk', exists: true }) }), 'workspace:get', {});
    expect(result).toEqual({ ok: true, value: { folder: '/home/me/Documents/Pressdesk', exists: true } });
  });
});
