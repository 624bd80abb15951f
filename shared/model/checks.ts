import { isSignedOff, type Project } from './project';
import { placeOf, type Problem } from './problems';
import type { Release } from './release';

/** How much a problem matters: an error stops the project being used as it is; a warning is worth a look. */
export type Severity = 'error' | 'warning';

/** A problem found by an editorial check, with how much it matters. */
export interface CheckedProblem extends Problem {
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
}

const UK_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `00:01 Wednesday 4 March 2026`, in UK time, assembled from parts so ICU versions' punctuation cannot vary it. */
function ukTime(at: number): string {
  const part = Object.fromEntries(UK_TIME.formatToParts(at).map(({ type, value }) => [type, value]));
  return `${part.hour}:${part.minute} ${part.weekday} ${part.day} ${part.month} ${part.year}`;
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
        `the embargo (${ukTime(embargo)} UK time) has already passed; change it, remove it, or mark the release as issued`,
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
