import type { ProblemData } from '../../../shared/ipc';
import { describeField } from './block-labels';
import { problemTargets } from './field-ids';

interface ChecksPanelProps {
  readonly problems: readonly ProblemData[];
  readonly project: unknown;
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
 */
export function ChecksPanel({ problems, project }: ChecksPanelProps) {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section className="panel checks" aria-labelledby="editor-checks-heading">
      <h2 id="editor-checks-heading">Checks</h2>
      {problems.length === 0 ? (
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
            {problems.map((problem, index) => {
              const where = describeField(problem.path, project) ?? problem.place;
              const targets = problemTargets(problem.path, project);
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
}
