import { useCallback, useEffect, useState } from 'react';
import type { ProblemData, ProjectDraft } from '../../../shared/ipc';
import { call } from '../ipc/client';
import { Autosaver } from './autosaver';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly savedTo: 'project' | 'draft' }
  | { readonly kind: 'failed'; readonly message: string };

/** Problems the host reported, and the draft revision they are about. */
export interface HostProblems {
  readonly problems: readonly ProblemData[];
  readonly revision: number;
}

interface Version {
  readonly project: ProjectDraft;
  readonly revision: number;
}

/**
 * Saves the draft through project:save as the user types (see Autosaver for when), and whenever the window loses
 * focus, is hidden or closed, or the editor closes. The host keeps an invalid draft beside the project, so saving
 * never waits for the draft to be valid.
 */
export function useAutosave(name: string, project: ProjectDraft, revision: number, opened: HostProblems) {
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const [hostProblems, setHostProblems] = useState<HostProblems>(opened);

  const [saver] = useState(
    () =>
      new Autosaver<Version>({
        save: async ({ project: draft, revision: at }) => {
          setStatus({ kind: 'saving' });
          const result = await call('project:save', { name, project: draft });
          if (result.ok) {
            setHostProblems({ problems: result.value.problems, revision: at });
            // A newer version is already waiting: it is still "Saving…" as far as the user is concerned.
            setStatus(saver.waiting ? { kind: 'saving' } : { kind: 'saved', savedTo: result.value.savedTo });
            return true;
          }
          if (result.error.problems) setHostProblems({ problems: result.error.problems, revision: at });
          setStatus({ kind: 'failed', message: result.error.message });
          return false;
        },
      }),
  );

  useEffect(() => {
    // Revision 0 is the draft as opened: nothing to save yet.
    if (revision > 0) saver.change({ project, revision });
  }, [saver, project, revision]);

  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the editor ("All projects") saves what was typed last.
      flush();
      saver.dispose();
    };
  }, [saver]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const retry = useCallback(() => saver.retry(), [saver]);
  return { status, hostProblems, flush, retry };
}
