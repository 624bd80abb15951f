import { createContext, useContext } from 'react';
import type { Person } from '../../../shared/model';
import type { Edit } from './editor-state';
import type { Path } from './json-path';

/**
 * What every part of the form needs besides the values it shows: a way to change the draft, the two accessibility
 * helpers, the project's name and the people directory. None of it changes as the user types (the functions keep
 * their identity for the editor's life; the directory changes once, when it has been read), so a component that
 * reads only this context is not drawn again on each keystroke. The draft itself reaches each part as props (its
 * own slice of it), which the reducer shares between versions, so memo'd parts whose slice is unchanged are skipped.
 */
export interface EditorActions {
  /** The project's folder name in the workspace (what the IPC channels take). */
  readonly name: string;
  /** The workspace people directory (people:list), for picking speakers. */
  readonly directory: readonly Person[];
  /** Applies edits as one undo step; `coalesce` (a field id) merges a burst of typing into one step. */
  edit(edits: readonly Edit[], coalesce?: string): void;
  /** Sets one field. `typing` merges a burst of keystrokes in that field into one undo step. */
  set(path: Path, value: unknown, typing?: boolean): void;
  /** Says something to screen readers through the editor's live region. */
  announce(message: string): void;
  /** Focuses the first of these ids that exists and can take focus, after the next render. */
  focusSoon(...ids: string[]): void;
}

export const EditorContext = createContext<EditorActions | null>(null);

export function useEditor(): EditorActions {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor: a release editor component was rendered outside <EditorContext>');
  return api;
}
