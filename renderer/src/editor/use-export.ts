import { useCallback, useState } from 'react';
import type { InputOf, OutputOf, ProblemData } from '../../../shared/ipc';
import { call } from '../ipc/client';

export type Format = InputOf<'export:run'>['formats'][number];
type ExportedFile = OutputOf<'export:run'>['files'][number];

export const FORMAT_NAMES: Readonly<Record<Format, string>> = { docx: 'Word', pdf: 'PDF' };

export type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly format: Format }
  | { readonly kind: 'done'; readonly files: readonly ExportedFile[]; readonly notices: readonly string[] }
  | { readonly kind: 'failed'; readonly format: Format; readonly message: string; readonly problems: readonly ProblemData[] };

/** The last part of a path, on Windows or elsewhere. */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/**
 * Export: saves first (the host exports what is on disk), then export:run. Opening or showing a file goes through
 * the host too; in a browser it answers that the desktop app is needed, which `fileMessage` shows.
 */
export function useExport(name: string, flush: () => Promise<boolean>) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [fileMessage, setFileMessage] = useState<string | null>(null);

  /** `choosePlace`: the desktop app asks where to save with the system's folder dialog. */
  const run = useCallback(
    async (format: Format, choosePlace = false) => {
      if (state.kind === 'running') return;
      setState({ kind: 'running', format });
      setFileMessage(null);
      await flush();
      const result = await call('export:run', { name, formats: [format], ...(choosePlace ? { choosePlace } : {}) });
      setState(
        result.ok
          ? { kind: 'done', files: result.value.files, notices: result.value.notices }
          : { kind: 'failed', format, message: result.error.message, problems: result.error.problems ?? [] },
      );
    },
    [name, flush, state.kind],
  );

  const reveal = useCallback(async (channel: 'export:open' | 'export:show', path: string) => {
    setFileMessage(null);
    const result = await call(channel, { path });
    if (!result.ok) setFileMessage(result.error.message);
  }, []);

  return { state, fileMessage, setFileMessage, run, reveal };
}
