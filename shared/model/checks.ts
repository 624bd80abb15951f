import { isSignedOff, type Project } from './project';
import { placeOf, type Problem } from './problems';
import type { Release } from './release';
import { ukDateTime } from './uk-time';

/** How much a problem matters: an error stops the project being used as it is; a warning is worth a look. */
export type Severity = 'error' | 'warning';

/** A problem found by an editorial check, with how much it matters. */
export interface CheckedProblem extends Problem {
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
}


/**
 * Checks a valid project for things the schema cannot see, because they depend on the clock or on the status:
 * an embargo that has already passed on a release not yet issued (a warning: the story may already be out), and
 * quotes without sign-off on a project marked approved or issued (an error: each speaker approves their own words).
 * Pure: `now` is passed in.
 */
export function editorialChecks(project: Project, now: Date): CheckedProblem[] {
  const problems: CheckedProblem[] = [];
  const add = (path: (string | number)[], message: string, severity: Severity) =>
    problems.push({ place: placeOf(path, project), message, path, severity });

  const checkRelease = (release: Release | undefined, at: (string | number)[]) => {
    if (!release) return;
    const embargo = release.embargo ? Date.parse(release.embargo) : Number.NaN;
    if (project.status !== 'issued' && !Number.isNaN(embargo) && embargo <= now.getTime()) {
      add(
        [...at, 'embargo'],
        `the embargo (${ukDateTime(embargo)} UK time) has already passed; change it, remove it, or mark the release as issued`,
        'warning',
      );
    }
    if (!isSignedOff(project.status)) return;
    release.body.forEach((block, index) => {
      if (block.type === 'quote' && !block.approval) {
        add(
          [...at, 'body', index, 'approval'],
          `the project is marked ${project.status} but this quote's wording is not signed off; record who approved it and when, or set the status back to review`,
          'error',
        );
      }
    });
  };

  checkRelease(project.release, ['release']);
  project.pack?.sections.forEach((section, index) => {
    if (section.type === 'release') checkRelease(section.release, ['pack', 'sections', index, 'release']);
  });
  return problems;
}
