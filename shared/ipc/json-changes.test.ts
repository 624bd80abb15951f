import { describe, expect, it } from 'vitest';
import { applyChanges, MAX_CHANGE_DEPTH, type JsonChange } from './json-changes';

const draft = () => ({
  format: 'pressdesk',
  title: 'Harbour wall',
  release: { headline: 'Old', body: [{ type: 'paragraph', text: 'One' }, { type: 'paragraph', text: 'Two' }], notes: [] as string[] },
});

const applied = (root: unknown, changes: JsonChange[]) => {
  const result = applyChanges(root, changes);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const refusal = (root: unknown, changes: JsonChange[]) => {
  const result = applyChanges(root, changes);
  if (result.ok) throw new Error('expected a refusal');
  return result.message;
};

describe('applyChanges', () => {
  it('sets, adds and removes fields, copying only the containers on the changed paths', () => {
    const before = draft();
    const snapshot = structuredClone(before);
    const after = applied(before, [
      { path: ['release', 'body', 1, 'text'], value: 'Two, edited' },
      { path: ['release', 'body', 1, 'alt'], value: 'new key' },
      { path: ['release', 'headline'], remove: true },
      { path: ['release', 'notes', 0], value: 'appended' },
    ]);
    expect(after).toEqual({
      ...snapshot,
      release: { body: [{ type: 'paragraph', text: 'One' }, { type: 'paragraph', text: 'Two, edited', alt: 'new key' }], notes: ['appended'] },
    });
    // The original is untouched, and what did not change is shared.
    expect(before).toEqual(snapshot);
    const release = after.release as typeof before.release;
    expect(release.body[0]).toBe(before.release.body[0]);
    expect(release.body).not.toBe(before.release.body);
  });

  it('copies a container once however many changes pass through it', () => {
    const before = draft();
    const after = applied(before, [
      { path: ['release', 'body', 0, 'text'], value: 'a' },
      { path: ['release', 'body', 0, 'text'], value: 'b' },
      { path: ['release', 'body', 1], value: { type: 'heading', text: 'c' } },
    ]);
    expect((after.release as typeof before.release).body).toEqual([
      { type: 'paragraph', text: 'b' },
      { type: 'heading', text: 'c' },
    ]);
    expect(before.release.body[0]!.text).toBe('One');
  });

  it('treats an absent value as removal (undefined is not JSON)', () => {
    const after = applied(draft(), [{ path: ['title'] } as unknown as JsonChange]);
    expect(Object.hasOwn(after, 'title')).toBe(false);
  });

  it.each<[string, JsonChange, RegExp]>([
    ['the root', { path: [], value: {} }, /not the whole project/],
    ['__proto__', { path: ['__proto__', 'polluted'], value: true }, /not allowed \(__proto__\)/],
    ['constructor', { path: ['release', 'constructor', 'prototype'], value: 1 }, /not allowed \(constructor\)/],
    ['prototype at the end', { path: ['release', 'prototype'], value: 1 }, /not allowed \(prototype\)/],
    ['a path through a string', { path: ['title', 'length'], value: 3 }, /^title is not an object or a list/],
    ['a path through a missing field', { path: ['release', 'missing', 'x'], value: 3 }, /release\.missing is not an object or a list/],
    ['an inherited field', { path: ['release', 'toString', 'x'], value: 3 }, /release\.toString is not an object or a list/],
    ['a string key on a list', { path: ['release', 'body', 'length'], value: 0 }, /release\.body is a list, so length is not a place in it/],
    ['a negative index', { path: ['release', 'body', -1], value: 0 }, /is a list/],
    ['a fractional index', { path: ['release', 'body', 0.5], value: 0 }, /is a list/],
    ['a gap in a list', { path: ['release', 'body', 3], value: {} }, /release\.body has no item 3/],
    ['a path through the end of a list', { path: ['release', 'body', 2, 'text'], value: '' }, /release\.body has no item 2/],
    ['a number key on an object', { path: ['release', 0], value: 0 }, /release is not a list/],
    ['removing a list item', { path: ['release', 'body', 0], remove: true }, /only fields can be removed/],
    ['a path too deep', { path: Array.from({ length: MAX_CHANGE_DEPTH + 1 }, () => 'a'), value: 1 }, /deeper than 12 levels/],
  ])('refuses %s, leaving the draft as it was', (_what, change, message) => {
    const before = draft();
    const snapshot = structuredClone(before);
    expect(refusal(before, [{ path: ['title'], value: 'changed first' }, change])).toMatch(message);
    expect(before).toEqual(snapshot);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a root that is not an object', () => {
    expect(refusal([], [])).toMatch(/not an object/);
    expect(refusal(null, [])).toMatch(/not an object/);
  });
});
