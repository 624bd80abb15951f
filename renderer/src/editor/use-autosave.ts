import { useCallback, useEffect, useState } from 'react';
import type { OutputOf, ProblemData, ProjectDraft } from '../../../shared/ipc';
import type { JsonChange } from '../../../shared/ipc/json-changes';
import { call } from '../ipc/client';
import { Autosaver, IncrementalSave } from './autosaver';
import { diffDrafts } from './draft-diff';

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

/** The draft as project:open gave it (the very object the editor started from) and the host's revision of it. */
export interface OpenedDraft {
  readonly project: ProjectDraft;
  readonly revision: string;
}

/**
 * Saves the draft as the user types (see Autosaver for when), and whenever the window loses focus, is hidden or
 * closed, or the editor closes. The host keeps an invalid draft beside the project, so saving never waits for the
 * draft to be valid.
 *
 * Each save sends only what changed since the last draft the host confirmed (project:patch, see IncrementalSave),
 * and the whole draft (project:save) when there is none yet, the host no longer holds it, or the change is large.
 * Given `openedAs` (project:open's project and revision), even the first save is a patch; without it, the first
 * save sends the whole draft and the ones after it are patches.
 */
export function useAutosave(name: string, project: ProjectDraft, revision: number, opened: HostProblems, openedAs?: OpenedDraft) {
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const [hostProblems, setHostProblems] = useState<HostProblems>(opened);

  const [sender] = useState(() => {
    const incremental = new IncrementalSave<ProjectDraft, OutputOf<'project:save'>, JsonChange[]>({
      full: (draft: ProjectDraft) => call('project:save', { name, project: draft }),
      patch: (base, changes) => call('project:patch', { name, base, changes }),
      diff: diffDrafts,
    });
    if (openedAs) incremental.opened(openedAs.revision, openedAs.project);
    return incremental;
  });

  const [saver] = useState(
    () =>
      new Autosaver<Version>({
        save: async ({ project: draft, revision: at }) => {
          setStatus({ kind: 'saving' });
          const result = await sender.save(draft);
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
