import { useEffect, useRef, useState } from 'react';
import type { PreviewDocument, ProjectDraft } from '../../../shared/ipc';
import { call } from '../ipc/client';

export const PREVIEW_DELAY_MS = 250;

export interface PreviewState {
  readonly document: PreviewDocument | null;
  readonly error: string | null;
  readonly updating: boolean;
}

/**
 * The composed document for the draft, asked for PREVIEW_DELAY_MS after the last change. Answers can arrive out of
 * order (a long draft composes slower than a short one), so only the answer to the newest request is shown.
 */
export function usePreview(name: string, project: ProjectDraft): PreviewState {
  const [state, setState] = useState<PreviewState>({ document: null, error: null, updating: true });
  const latest = useRef(0);

  useEffect(() => {
    const timer = setTimeout(() => {
      const request = ++latest.current;
      setState((previous) => ({ ...previous, updating: true }));
      void call('project:preview', { name, project }).then((result) => {
        if (request !== latest.current) return;
        setState((previous) =>
          result.ok ? { document: result.value, error: null, updating: false } : { document: previous.document, error: result.error.message, updating: false },
        );
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [name, project]);

  return state;
}
