import { describe, expect, it } from 'vitest';
import type { ProjectDraft } from '../../../shared/ipc';
import { COALESCE_MS, editorReducer, initialEditorState, type EditorAction, type EditorState } from './editor-state';

const draft = (): ProjectDraft => ({
  format: 'pressdesk/project',
  version: 1,
  id: 'p',
  kind: 'release',
  title: 'Harbour',
  status: 'draft',
  release: {
    headline: 'Wall reopens',
    body: [
      { type: 'paragraph', text: 'First' },
      { type: 'paragraph', text: 'Second' },
      { type: 'quote', speakers: ['a'], paragraphs: ['Hello'], approval: null },
    ],
  },
});

const run = (state: EditorState, ...actions: EditorAction[]): EditorState => actions.reduce(editorReducer, state);
const typing = (path: (string | number)[], value: string, at: number): EditorAction => ({
  type: 'edit',
  edits: [{ op: 'set', path, value }],
  coalesce: path.join('.'),
  at,
});
const texts = (state: EditorState): unknown[] =>
  ((state.project.release as { body: { text?: string; type: string }[] }).body).map((block) => block.text ?? block.type);

describe('editorReducer', () => {
  // The editor draws only what changed by comparing slices of the draft by identity (memo'd blocks and sections).
  it('keeps the identity of every block and section an edit does not touch', () => {
    const start = initialEditorState(draft());
    const before = start.project.release as { body: unknown[]; headline: string };
    const typed = run(start, typing(['release', 'body', 1, 'text'], 'Second!', 0));
    const after = typed.project.release as { body: unknown[]; headline: string };
    expect(after.body[1]).not.toBe(before.body[1]);
    expect(after.body[0]).toBe(before.body[0]);
    expect(after.body[2]).toBe(before.body[2]);

    const moved = run(typed, { type: 'edit', edits: [{ op: 'move', path: ['release', 'body'], from: 0, to: 2 }], at: 5000 });
    const movedBody = (moved.project.release as { body: unknown[] }).body;
    expect(movedBody).toEqual([after.body[1], after.body[2], after.body[0]]);
    movedBody.forEach((block, index) => expect(block).toBe([after.body[1], after.body[2], after.body[0]][index]));
  });

  it('sets a field deep in the draft without touching the rest', () => {
    const start = initialEditorState(draft());
    const next = run(start, typing(['release', 'headline'], 'Harbour wall reopens', 0));
    expect((next.project.release as { headline: string }).headline).toBe('Harbour wall reopens');
    expect((next.project.release as { body: unknown }).body).toBe((start.project.release as { body: unknown }).body);
    expect(next.revision).toBe(1);
  });

  it('makes one undo step of a burst of typing in one field, and a new one after a pause', () => {
    const state = run(
      initialEditorState(draft()),
      typing(['release', 'headline'], 'W', 0),
      typing(['release', 'headline'], 'Wa', 300),
      typing(['release', 'headline'], 'Wal', 900),
      typing(['release', 'headline'], 'Wall', 900 + COALESCE_MS + 1),
    );
    expect(state.past).toHaveLength(2);
    const once = run(state, { type: 'undo' });
    expect((once.project.release as { headline: string }).headline).toBe('Wal');
    const twice = run(once, { type: 'undo' });
    expect((twice.project.release as { headline: string }).headline).toBe('Wall reopens');
  });

  it('starts a new undo step when typing moves to another field', () => {
    const state = run(initialEditorState(draft()), typing(['title'], 'A', 0), typing(['release', 'headline'], 'B', 100), typing(['title'], 'AC', 200));
    expect(state.past).toHaveLength(3);
  });

  it('never merges a non-typing edit into a typing burst', () => {
    const state = run(initialEditorState(draft()), typing(['title'], 'A', 0), { type: 'edit', edits: [{ op: 'set', path: ['status'], value: 'review' }], at: 10 }, typing(['title'], 'AB', 20));
    expect(state.past).toHaveLength(3);
  });

  it('moves blocks, and undo puts them back', () => {
    const moved = run(initialEditorState(draft()), { type: 'edit', edits: [{ op: 'move', path: ['release', 'body'], from: 1, to: 0 }], at: 0 });
    expect(texts(moved)).toEqual(['Second', 'First', 'quote']);
    expect(texts(run(moved, { type: 'undo' }))).toEqual(['First', 'Second', 'quote']);
  });

  it('ignores moves out of range (no undo step, no revision)', () => {
    const start = initialEditorState(draft());
    const same = run(start, { type: 'edit', edits: [{ op: 'move', path: ['release', 'body'], from: 0, to: -1 }], at: 0 });
    expect(same).toBe(start);
  });

  it('removes a block; undo brings it back; redo removes it again', () => {
    const removed = run(initialEditorState(draft()), { type: 'edit', edits: [{ op: 'remove', path: ['release', 'body'], index: 0 }], at: 0 });
    expect(texts(removed)).toEqual(['Second', 'quote']);
    const undone = run(removed, { type: 'undo' });
    expect(texts(undone)).toEqual(['First', 'Second', 'quote']);
    expect(undone.future).toHaveLength(1);
    expect(texts(run(undone, { type: 'redo' }))).toEqual(['Second', 'quote']);
  });

  it('applies several edits as one step (picking a speaker copies the person too)', () => {
    const state = run(initialEditorState(draft()), {
      type: 'edit',
      edits: [
        { op: 'insert', path: ['people'], index: 0, value: { id: 'b', name: 'B' } },
        { op: 'insert', path: ['release', 'body', 2, 'speakers'], index: 1, value: 'b' },
      ],
      at: 0,
    });
    expect(state.project.people).toEqual([{ id: 'b', name: 'B' }]);
    expect(state.past).toHaveLength(1);
    expect(run(state, { type: 'undo' }).project.people).toBeUndefined();
  });

  it('forgets the future after a new edit, and ends a typing burst at undo', () => {
    const state = run(initialEditorState(draft()), typing(['title'], 'A', 0), { type: 'undo' }, typing(['title'], 'B', 10));
    expect(state.future).toHaveLength(0);
    expect(state.past).toHaveLength(1);
  });

  it('does nothing on undo or redo with no history', () => {
    const start = initialEditorState(draft());
    expect(run(start, { type: 'undo' }, { type: 'redo' })).toBe(start);
  });
});
