import { useEffect, useMemo, useState } from 'react';
import type { ProblemData, ProjectDraft } from '../../../shared/ipc';
import type { HostProblems } from './use-autosave';
import { localProblems, mergeProblems } from './problems';

export const CHECK_DELAY_MS = 300;

/**
 * The problems to list: the model's check run here on the draft a moment after typing stops, merged with what the
 * host said when it opened or saved the project.
 */
export function useChecks(project: ProjectDraft, revision: number, host: HostProblems): readonly ProblemData[] {
  const [local, setLocal] = useState(() => ({ problems: localProblems(project), revision }));

  useEffect(() => {
    const timer = setTimeout(() => setLocal({ problems: localProblems(project), revision }), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [project, revision]);

  // The same list (same identity) while typing, until a check or a save has something new to say: the checks
  // panel is only drawn again then.
  const hostCurrent = host.revision === revision;
  return useMemo(() => mergeProblems(local.problems, host.problems, hostCurrent), [local, host, hostCurrent]);
}
