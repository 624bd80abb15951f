import { useCallback, useReducer, type KeyboardEvent } from 'react';
import type { ProjectDraft } from '../../../shared/ipc';
import { editorReducer, initialEditorState, type Edit, type EditorState } from './editor-state';
import { fieldId } from './field-ids';
import type { Path } from './json-path';

export interface EditorStateApi {
  readonly state: EditorState;
  readonly edit: (edits: readonly Edit[], coalesce?: string) => void;
  readonly set: (path: Path, value: unknown, typing?: boolean) => void;
  readonly undo: () => boolean;
  readonly redo: () => boolean;
  /**
   * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on a Mac) anywhere in the editor, text fields included. The fields are
   * controlled by React, which makes the browser's own text undo unreliable (it loses its history whenever the value
   * is set from outside, as Bold, Link and our own undo do); ours coalesces typing per field, so one undo model
   * covers typing, moves and removals, and Ctrl+Z never means two different things.
   */
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

/** The draft and its history. `announce` tells screen-reader users what undo and redo did. */
export function useEditorState(project: ProjectDraft, announce: (message: string) => void): EditorStateApi {
  const [state, dispatch] = useReducer(editorReducer, project, initialEditorState);

  const edit = useCallback((edits: readonly Edit[], coalesce?: string) => {
    dispatch({ type: 'edit', edits, at: Date.now(), ...(coalesce === undefined ? {} : { coalesce }) });
  }, []);
  const set = useCallback(
    (path: Path, value: unknown, typing = false) => edit([{ op: 'set', path, value }], typing ? fieldId(path) : undefined),
    [edit],
  );

  const canUndo = state.past.length > 0;
  const canRedo = state.future.length > 0;
  const undo = useCallback(() => {
    dispatch({ type: 'undo' });
    announce(canUndo ? 'Undone' : 'Nothing to undo');
    return canUndo;
  }, [canUndo, announce]);
  const redo = useCallback(() => {
    dispatch({ type: 'redo' });
    announce(canRedo ? 'Redone' : 'Nothing to redo');
    return canRedo;
  }, [canRedo, announce]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        redo();
      }
    },
    [undo, redo],
  );

  return { state, edit, set, undo, redo, onKeyDown };
}
