import { useId, useState } from 'react';
import { isDesktop } from '../ipc/client';
import { describeField } from './block-labels';
import { FORMAT_NAMES, fileName, type ExportState, type Format } from './use-export';

interface ExportPanelProps {
  readonly state: ExportState;
  readonly fileMessage: string | null;
  readonly project: unknown;
  /** `choosePlace`: ask where to save (desktop only) instead of the project's exports folder. */
  readonly onExport: (format: Format, choosePlace: boolean) => void;
  readonly onReveal: (channel: 'export:open' | 'export:show', path: string) => void;
}

/** "Export Word" and "Export PDF", progress while the host works, then the files with "Open" and "Show in folder". */
export function ExportPanel({ state, fileMessage, project, onExport, onReveal }: ExportPanelProps) {
  const running = state.kind === 'running';
  const askId = useId();
  const [askWhere, setAskWhere] = useState(false);
  return (
    <section className="panel export" aria-labelledby="editor-export-heading">
      <h2 id="editor-export-heading">Export</h2>
      <div className="export-buttons">
        <button type="button" className="primary" disabled={running} onClick={() => onExport('docx', askWhere)}>
          Export Word
        </button>
        <button type="button" className="primary" disabled={running} onClick={() => onExport('pdf', askWhere)}>
          Export PDF
        </button>
      </div>
      {isDesktop ? (
        <div className="choice">
          <input id={askId} type="checkbox" checked={askWhere} onChange={(event) => setAskWhere(event.target.checked)} />
          <label htmlFor={askId}>Ask where to save (otherwise the project’s exports folder)</label>
        </div>
      ) : (
        <p className="hint">Files are saved in the project’s exports folder.</p>
      )}
      <div role="status" className="export-status">
        {running && (
          <>
            <p>Exporting {FORMAT_NAMES[state.format]} file…</p>
            <progress aria-label={`Exporting ${FORMAT_NAMES[state.format]} file`} />
          </>
        )}
        {state.kind === 'done' &&
          state.files.map((file) => (
            <div key={file.path} className="exported-file">
              <p>Saved {fileName(file.path)}</p>
              <button type="button" onClick={() => onReveal('export:open', file.path)}>
                Open
              </button>{' '}
              <button type="button" onClick={() => onReveal('export:show', file.path)}>
                Show in folder
              </button>
            </div>
          ))}
        {state.kind === 'done' && state.notices.length > 0 && (
          <ul className="export-notices">
            {state.notices.map((notice, index) => (
              <li key={index}>{notice}</li>
            ))}
          </ul>
        )}
      </div>
      {state.kind === 'failed' && (
        <div className="export-error" role="alert">
          <p className="error-message">
            The {FORMAT_NAMES[state.format]} file was not exported: {state.message}
          </p>
          {state.problems.length > 0 && (
            <ul>
              {state.problems.map((problem, index) => (
                <li key={index}>
                  {describeField(problem.path, project) ?? problem.place}: {problem.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {fileMessage && <p className="error-message" role="alert">{fileMessage}</p>}
    </section>
  );
}
