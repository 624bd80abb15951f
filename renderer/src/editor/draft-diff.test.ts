import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, MAX_CHANGE_DEPTH, type JsonChange } from '../../../shared/ipc/json-changes';
import { diffDrafts } from './draft-diff';
import { applyEdit, type Edit } from './editor-state';
import { getIn, type Path } from './json-path';

const release = () => ({
  format: 'pressdesk',
  version: 1,
  title: 'Harbour wall',
  release: {
    headline: 'Harbour wall reopens',
    body: Array.from({ length: 200 }, (_, index) => ({ type: 'paragraph', text: `Paragraph ${index}` })),
    notes: ['One note'],
  },
});

/** `current` rebuilt from `saved` with the diff, as the host does it. */
function roundTrip(saved: unknown, current: unknown, limit?: number): { changes: JsonChange[]; rebuilt: unknown } {
  const changes = diffDrafts(saved, current, limit);
  if (changes === null) throw new Error('expected a diff');
  const applied = applyChanges(saved, changes);
  if (!applied.ok) throw new Error(applied.message);
  return { changes, rebuilt: applied.value };
}

const edited = (project: unknown, ...edits: Edit[]) => edits.reduce(applyEdit, project);

describe('diffDrafts', () => {
  it('gives one change for typing in one paragraph of a long release', () => {
    const saved = release();
    const current = edited(saved, { op: 'set', path: ['release', 'body', 150, 'text'], value: 'Paragraph 150, edited' });
    const { changes, rebuilt } = roundTrip(saved, current);
    expect(changes).toEqual([{ path: ['release', 'body', 150, 'text'], value: 'Paragraph 150, edited' }]);
    expect(rebuilt).toEqual(current);
  });

  it('gives nothing for the same draft, or an equal copy of it', () => {
    const saved = release();
    expect(diffDrafts(saved, saved)).toEqual([]);
    expect(diffDrafts(saved, structuredClone(saved), Infinity)).toEqual([]);
  });

  it('sets a list whose length changed whole', () => {
    const saved = release();
    const current = edited(saved, { op: 'insert', path: ['release', 'body'], index: 3, value: { type: 'heading', text: 'New' } });
    const { changes, rebuilt } = roundTrip(saved, current);
    expect(changes).toEqual([{ path: ['release', 'body'], value: getIn(current, ['release', 'body']) }]);
    expect(rebuilt).toEqual(current);
  });

  it('sets moved elements whole at their new places, not walked against what was there', () => {
    const saved = release();
    const current = edited(saved, { op: 'move', path: ['release', 'body'], from: 5, to: 2 });
    const { changes, rebuilt } = roundTrip(saved, current);
    expect(changes.map((change) => change.path)).toEqual([
      ['release', 'body', 2],
      ['release', 'body', 3],
      ['release', 'body', 4],
      ['release', 'body', 5],
    ]);
    expect(rebuilt).toEqual(current);
  });

  it('removes a field that went, or that now holds undefined', () => {
    const saved = { ...release(), embargo: { at: 'x' }, gone: 1 };
    const current = { ...saved, embargo: undefined } as Record<string, unknown>;
    delete current.gone;
    const { changes, rebuilt } = roundTrip(saved, current);
    expect(changes).toEqual([
      { path: ['embargo'], remove: true },
      { path: ['gone'], remove: true },
    ]);
    expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(current));
  });

  it('sets a value whose type changed, and sets whole below the deepest path a patch may have', () => {
    const saved = release();
    const current = edited(saved, { op: 'set', path: ['release', 'notes'], value: 'not a list' });
    expect(roundTrip(saved, current).changes).toEqual([{ path: ['release', 'notes'], value: 'not a list' }]);

    const deepPath = Array.from({ length: MAX_CHANGE_DEPTH + 3 }, (_, index) => `level${index}`);
    const deepSaved = edited(saved, { op: 'set', path: deepPath, value: 1 });
    const deepCurrent = edited(deepSaved, { op: 'set', path: deepPath, value: 2 });
    const { changes, rebuilt } = roundTrip(deepSaved, deepCurrent);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.path).toEqual(deepPath.slice(0, MAX_CHANGE_DEPTH));
    expect(rebuilt).toEqual(deepCurrent);
  });

  it('gives up (a full save) past the limit, for a root that is not an object, and for keys the host refuses', () => {
    const saved = release();
    const many = saved.release.body.map((_, index): Edit => ({ op: 'set', path: ['release', 'body', index, 'text'], value: `changed ${index}` }));
    expect(diffDrafts(saved, edited(saved, ...many.slice(0, 50)))).toHaveLength(50);
    expect(diffDrafts(saved, edited(saved, ...many.slice(0, 51)))).toBeNull();
    expect(diffDrafts(saved, [])).toBeNull();
    expect(diffDrafts(saved, { ...saved, release: JSON.parse('{"__proto__": {"x": 1}}') as unknown })).toBeNull();
  });

  // Property: any sequence of the editor's own edits, diffed and applied to the saved draft as the host applies it,
  // gives the current draft. With the reducer's structural sharing, and without it (an equal deep copy).
  it('rebuilds the current draft from any sequence of editor edits', () => {
    const key = fc.constantFrom('title', 'headline', 'body', 'text', 'alt', 'items', 'a', 'b');
    const json = fc.jsonValue({ maxDepth: 3 });
    const doc = fc.dictionary(key, fc.oneof(json, fc.array(fc.dictionary(key, json, { maxKeys: 3 }), { maxLength: 4 })), { maxKeys: 6 });
    const step = fc.record({ op: fc.constantFrom('set', 'insert', 'remove', 'move', 'delete'), at: fc.nat(), n: fc.nat(), m: fc.nat(), value: json, key });
    fc.assert(
      fc.property(doc, fc.array(step, { maxLength: 8 }), fc.boolean(), (saved, steps, copy) => {
        let current: unknown = saved;
        for (const { op, at, n, m, value, key: name } of steps) {
          const paths = containers(current);
          const path = paths[at % paths.length]!;
          const node = getIn(current, path);
          if (Array.isArray(node)) {
            const length = node.length;
            if (op === 'insert') current = applyEdit(current, { op, path, index: n % (length + 1), value });
            else if (length === 0) continue;
            else if (op === 'remove') current = applyEdit(current, { op, path, index: n % length });
            else if (op === 'move') current = applyEdit(current, { op, path, from: n % length, to: m % length });
            else current = applyEdit(current, { op: 'set', path: [...path, n % length], value });
          } else if (op === 'delete') {
            const rest = { ...(node as Record<string, unknown>) };
            delete rest[name];
            current = path.length === 0 ? rest : applyEdit(current, { op: 'set', path, value: rest });
          } else current = applyEdit(current, { op: 'set', path: [...path, name], value });
        }
        const target = copy ? structuredClone(current) : current;
        // With no limit, the reasons to give up are a key the host refuses (JSON may hold "__proto__" as a key) and
        // top-level keys in an order changes cannot give (a key removed and added back after the others).
        if (diffDrafts(saved, target, Infinity) === null) {
          const keys = (value: unknown) => Object.keys(JSON.parse(JSON.stringify(value)) as object);
          const kept = keys(target).filter((name) => keys(saved).includes(name));
          const reordered = kept.join() !== keys(saved).filter((name) => kept.includes(name)).join() || keys(target).join() !== [...kept, ...keys(target).filter((name) => !kept.includes(name))].join();
          expect(reordered || /"(__proto__|constructor|prototype)"/.test(JSON.stringify([saved, target]))).toBe(true);
          return;
        }
        const { rebuilt } = roundTrip(saved, target, Infinity);
        // Compared as they cross (JSON): -0 is 0 there, and a key holding undefined is absent.
        expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(target));
      }),
      { numRuns: 500 },
    );
  });
});

/** Every object and list in `root`, as paths (the root first). */
function containers(root: unknown, path: Path = []): Path[] {
  if (typeof root !== 'object' || root === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(root) ? root.map((value, index) => [index, value]) : Object.entries(root);
  return [path, ...entries.flatMap(([key, value]) => containers(value, [...path, key]))];
}
