import { memo, useMemo } from 'react';
import type { ProblemData } from '../../../shared/ipc';
import { describeField } from './block-labels';
import { problemTargets } from './field-ids';

interface ChecksPanelProps {
  readonly problems: readonly ProblemData[];
  readonly project: unknown;
}

/** A problem as the panel lists it: where it is, in the words on the screen, and the ids its button tries. */
interface Row {
  readonly problem: ProblemData;
  readonly where: string | undefined;
  readonly targets: readonly string[];
}

/** Focuses the control for a problem (or the nearest block that exists) and brings it into view. */
function goTo(ids: readonly string[]): void {
  const target = ids.map((id) => document.getElementById(id)).find((element) => element !== null && !(element as HTMLInputElement).disabled);
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/**
 * Everything the model finds wrong with the draft, errors first. Each problem is a button that takes the user to its
 * field. Errors and warnings differ in words ("Error", "Warning"), an icon-like marker and the border, not colour alone.
 *
 * The draft changes on every keystroke, the problems only after a pause: the words and targets are worked out here
 * (cheap), and the list is drawn again only when they differ.
 */
export function ChecksPanel({ problems, project }: ChecksPanelProps) {
  const rows = useMemo(
    () => problems.map((problem): Row => ({ problem, where: describeField(problem.path, project) ?? problem.place, targets: problemTargets(problem.path, project) })),
    [problems, project],
  );
  return <ProblemList rows={rows} />;
}

const sameRows = (before: { readonly rows: readonly Row[] }, after: { readonly rows: readonly Row[] }): boolean =>
  before.rows.length === after.rows.length &&
  before.rows.every((row, index) => {
    const other = after.rows[index]!;
    return (
      row.problem === other.problem &&
      row.where === other.where &&
      row.targets.length === other.targets.length &&
      row.targets.every((target, at) => target === other.targets[at])
    );
  });

const ProblemList = memo(function ProblemList({ rows }: { readonly rows: readonly Row[] }) {
  const errors = rows.filter((row) => row.problem.severity === 'error').length;
  const warnings = rows.length - errors;
  return (
    <section className="panel checks" aria-labelledby="editor-checks-heading">
      <h2 id="editor-checks-heading">Checks</h2>
      {rows.length === 0 ? (
        <p className="checks-empty">No problems found.</p>
      ) : (
        <>
          <p className="checks-summary">
            {[errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
              .filter(Boolean)
              .join(', ')}
            {errors > 0 && '. The project is saved as a draft until the errors are fixed.'}
          </p>
          <ul className="problem-list">
            {rows.map(({ problem, where, targets }, index) => {
              const words = (
                <>
                  <span className="problem-severity">{problem.severity === 'error' ? 'Error' : 'Warning'}</span>
                  <span className="problem-text">
                    {where ? <strong>{where}: </strong> : null}
                    {problem.message}
                  </span>
                </>
              );
              return (
                <li key={`${problem.path.join('.')}-${index}`} className={`problem problem-${problem.severity}`}>
                  {targets.length > 0 ? (
                    <button type="button" className="problem-link" onClick={() => goTo(targets)}>
                      {words}
                    </button>
                  ) : (
                    <div className="problem-link">{words}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}, sameRows);
