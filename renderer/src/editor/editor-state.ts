import type { ProjectDraft } from '../../../shared/ipc';
import { getIn, insertAt, moveItem, removeAt, setIn, type Path } from './json-path';

/** One change to the draft. An editor action is a list of them, undone together. */
export type Edit =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'insert'; readonly path: Path; readonly index: number; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: Path; readonly index: number }
  | { readonly op: 'move'; readonly path: Path; readonly from: number; readonly to: number };

export type EditorAction =
  /** A project from disk: replaces everything and forgets the history. */
  | { readonly type: 'load'; readonly project: ProjectDraft }
  /**
   * A change. `coalesce` names the field being typed in: keystrokes in the same field less than COALESCE_MS apart
   * make one undo step, so undo takes back a burst of typing, not a letter. `at` is the time in ms (the reducer is pure).
   */
  | { readonly type: 'edit'; readonly edits: readonly Edit[]; readonly coalesce?: string; readonly at: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

export interface EditorState {
  readonly project: ProjectDraft;
  /** Earlier versions of the draft, newest last. */
  readonly past: readonly ProjectDraft[];
  /** Undone versions, next redo last. */
  readonly future: readonly ProjectDraft[];
  /** The field typed in last and when, while a typing burst may still grow. */
  readonly typing: { readonly key: string; readonly at: number } | null;
  /** Counts changes to the draft (edits, undo, redo), so autosave and the preview know when to run. */
  readonly revision: number;
}

/** A pause longer than this ends one undo step of typing. */
export const COALESCE_MS = 1000;
/** Undo history kept; older steps are dropped. */
export const HISTORY_LIMIT = 200;

export const initialEditorState = (project: ProjectDraft): EditorState => ({ project, past: [], future: [], typing: null, revision: 0 });

export function applyEdit(project: unknown, edit: Edit): unknown {
  switch (edit.op) {
    case 'set':
      return setIn(project, edit.path, edit.value);
    case 'insert':
      return insertAt(project, edit.path, edit.index, edit.value);
    case 'remove':
      return removeAt(project, edit.path, edit.index);
    case 'move':
      return moveItem(project, edit.path, edit.from, edit.to);
  }
}

/**
 * An edit that changes nothing (a field set to what it holds, a block moved onto itself or out of range). Compared at the edit's own
 * path, so the cost is the size of the value, not of the project (comparing whole drafts took milliseconds a key on a
 * long release).
 */
const changesNothing = (project: unknown, edit: Edit): boolean => {
  if (edit.op === 'set') {
    const before = getIn(project, edit.path);
    return before === edit.value || (typeof before === 'object' && before !== null && JSON.stringify(before) === JSON.stringify(edit.value));
  }
  if (edit.op === 'move' || edit.op === 'remove') {
    const items = getIn(project, edit.path);
    const length = Array.isArray(items) ? items.length : 0;
    const inRange = (index: number) => Number.isInteger(index) && index >= 0 && index < length;
    return edit.op === 'move' ? edit.from === edit.to || !inRange(edit.from) || !inRange(edit.to) : !inRange(edit.index);
  }
  return false;
};

const remember = (past: readonly ProjectDraft[], project: ProjectDraft): ProjectDraft[] => [...past, project].slice(-HISTORY_LIMIT);

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return { ...initialEditorState(action.project), revision: state.revision + 1 };
    case 'edit': {
      if (action.edits.every((change) => changesNothing(state.project, change))) return state;
      const project = action.edits.reduce<unknown>(applyEdit, state.project) as ProjectDraft;
      const continuing =
        action.coalesce !== undefined && state.typing?.key === action.coalesce && action.at - state.typing.at < COALESCE_MS && state.past.length > 0;
      return {
        project,
        past: continuing ? state.past : remember(state.past, state.project),
        future: [],
        typing: action.coalesce === undefined ? null : { key: action.coalesce, at: action.at },
        revision: state.revision + 1,
      };
    }
    case 'undo': {
      const previous = state.past.at(-1);
      if (previous === undefined) return state;
      return { project: previous, past: state.past.slice(0, -1), future: [...state.future, state.project], typing: null, revision: state.revision + 1 };
    }
    case 'redo': {
      const next = state.future.at(-1);
      if (next === undefined) return state;
      return { project: next, past: remember(state.past, state.project), future: state.future.slice(0, -1), typing: null, revision: state.revision + 1 };
    }
  }
}
