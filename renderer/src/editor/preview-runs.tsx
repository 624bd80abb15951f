import type { ReactNode } from 'react';
import type { PreviewDocument } from '../../../shared/ipc';

type Runs = Extract<PreviewDocument['blocks'][number], { kind: 'paragraph' }>['runs'];

/** Inline runs as the documents print them: bold, italic, links (shown, not followed, in a preview). */
export function PreviewRuns({ runs }: { readonly runs: Runs }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        if (run.link) {
          node = (
            <span className="preview-link" title={run.link}>
              {node}
            </span>
          );
        }
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}
