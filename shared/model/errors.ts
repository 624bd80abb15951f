import { PressdeskError, listMessage } from '../errors';
import { formatProblem, type Problem } from './problems';

/** The project file is readable JSON but breaks the format: every problem found, with its place. */
export class ProjectInvalidError extends PressdeskError {
  override readonly name = 'ProjectInvalidError';
  constructor(
    readonly project: string,
    readonly problems: readonly Problem[],
  ) {
    super(listMessage(project, ['problem', 'problems'], 'this project being used', problems.map(formatProblem)));
  }
}

/** The file was written by a newer Pressdesk. It is refused and left exactly as it is. */
export class ProjectTooNewError extends PressdeskError {
  override readonly name = 'ProjectTooNewError';
  constructor(
    readonly project: string,
    readonly version: unknown,
    readonly supported: number,
  ) {
    super(
      `${project}: project.json is format version ${String(version)}, but this copy of Pressdesk reads up to version ${supported}. ` +
        'The file has not been changed. Update Pressdesk to open it.',
    );
  }
}
