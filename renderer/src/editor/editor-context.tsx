import { createContext, useContext } from 'react';
import type { ProjectDraft } from '../../../shared/ipc';
import type { Person } from '../../../shared/model';
import type { Edit } from './editor-state';
import type { Path } from './json-path';

/** What every part of the form needs: the draft, a way to change it, and the two accessibility helpers. */
export interface EditorApi {
  /** The project's folder name in the workspace (what the IPC channels take). */
  readonly name: string;
  readonly project: ProjectDraft;
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

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor: a release editor component was rendered outside <EditorContext>');
  return api;
}
