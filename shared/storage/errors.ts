import { PressdeskError } from '../errors';
import { describeFsProblem } from './fs-problem';

/*
 * One class per kind of failure. Every message names the project (its folder name) and says what to do,
 * because only `message` survives the trip to the renderer. All extend the model's PressdeskError, the mark of
 * an error whose message is ready to show. Errors about the project's contents
 * (ProjectInvalidError, ProjectTooNewError) come from shared/model.
 */

/** The workspace folder (where project folders live) is not there. */
export class WorkspaceMissingError extends PressdeskError {
  override readonly name = 'WorkspaceMissingError';
  constructor(readonly workspace: string) {
    super(
      `The projects folder ${workspace} cannot be found. It may have been moved or renamed, or be on a drive ` +
        'that is not connected; connect the drive or choose the projects folder again.',
    );
  }
}

/** The project folder itself is not there. */
export class ProjectFolderMissingError extends PressdeskError {
  override readonly name = 'ProjectFolderMissingError';
  constructor(
    readonly project: string,
    readonly dir: string,
  ) {
    super(
      `${project}: the project folder cannot be found at ${dir}. It may have been moved or renamed, or be on a drive ` +
        'that is not connected; find the folder and open it again.',
    );
  }
}

/** The folder exists but holds no project.json. */
export class NotAProjectFolderError extends PressdeskError {
  override readonly name = 'NotAProjectFolderError';
  constructor(
    readonly project: string,
    readonly dir: string,
    /** A damaged project.json kept aside earlier in this folder, if any: the likely reason the file is gone. */
    readonly keptAside?: string,
  ) {
    super(
      `${project} is not a Pressdesk project folder: it has no project.json. ` +
        (keptAside === undefined
          ? 'Choose the folder that contains project.json, or create a new project.'
          : `Its project.json was damaged and kept as ${keptAside}; put back a copy of project.json from elsewhere ` +
            '(a network drive, an email or your IT backup), or create the project again.'),
    );
  }
}

/** project.json is damaged and no backup could replace it. The damaged file has been kept aside. */
export class ProjectDamagedError extends PressdeskError {
  override readonly name = 'ProjectDamagedError';
  constructor(
    readonly project: string,
    /** What is wrong with project.json, e.g. "it is empty". */
    readonly damage: string,
    /** Why the backup could not be used, e.g. "there is no backup (project.json.bak)". */
    readonly backupProblem: string,
    /** The file name the damaged project.json now has, inside the project folder. */
    readonly keptAs: string,
  ) {
    super(
      `${project}: project.json is damaged (${damage}) and cannot be repaired, because ${backupProblem}. ` +
        `The damaged file has been kept as ${keptAs} in the project folder. ` +
        'Put back a copy of project.json from elsewhere (a network drive, an email or your IT backup), or create the project again.',
    );
  }
}

/** project.json is damaged and a usable backup exists, but the file system would not let us put it back. */
export class ProjectRepairError extends PressdeskError {
  override readonly name = 'ProjectRepairError';
  constructor(
    readonly project: string,
    /** What is wrong with project.json, e.g. "it is empty". */
    readonly damage: string,
    cause: unknown,
  ) {
    super(
      `${project}: project.json is damaged (${damage}), and Pressdesk could not put back the backup because ` +
        `${describeFsProblem(cause)}. project.json has not been changed; fix that and open the project again.`,
      { cause },
    );
  }
}

/** project.json exists but the computer would not let us read it. */
export class ProjectUnreadableError extends PressdeskError {
  override readonly name = 'ProjectUnreadableError';
  constructor(
    readonly project: string,
    cause: unknown,
  ) {
    super(`${project}: project.json could not be read because ${describeFsProblem(cause)}. Fix that and open the project again.`, {
      cause,
    });
  }
}

/** A save failed part-way. The previous save is still in place, because saves replace the file in one step. */
export class ProjectSaveError extends PressdeskError {
  override readonly name = 'ProjectSaveError';
  constructor(
    readonly project: string,
    cause: unknown,
  ) {
    super(
      `${project}: the project could not be saved because ${describeFsProblem(cause)}. ` +
        'The last saved version is unchanged. Fix that and save again.',
      { cause },
    );
  }
}

/** A new project's folder could not be made. Nothing is left behind. */
export class ProjectCreateError extends PressdeskError {
  override readonly name = 'ProjectCreateError';
  constructor(
    readonly title: string,
    readonly workspace: string,
    cause: unknown,
  ) {
    super(`"${title}" could not be created in ${workspace} because ${describeFsProblem(cause)}. Fix that and try again.`, { cause });
  }
}

/** A file Pressdesk makes (an export) could not be written. Any earlier copy of it is unchanged. */
export class FileWriteError extends PressdeskError {
  override readonly name = 'FileWriteError';
  constructor(
    readonly project: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `${project}: ${file} could not be written because ${describeFsProblem(cause)}. Any earlier copy of it is unchanged; fix that and try again.`,
      { cause },
    );
  }
}

/** What an asset is, so a message can say "the picture …" or "the font …". */
export type AssetKind = 'picture' | 'logo' | 'font' | 'file';

/** An asset path that leads outside the project folder (by "..", an absolute path, or a symlink). */
export class AssetOutsideProjectError extends PressdeskError {
  override readonly name = 'AssetOutsideProjectError';
  constructor(
    readonly project: string,
    readonly src: string,
    readonly kind: AssetKind,
    /** Why, e.g. `it goes up out of the folder with ".."`. */
    readonly reason: string,
  ) {
    super(
      `${project}: the ${kind} "${src}" is not inside the project folder (${reason}). Pressdesk only uses files inside the ` +
        `project's assets folder, so the project still works when it is copied or emailed; copy the file into the assets folder and choose it again.`,
    );
  }
}

const folderOf = (src: string): string => (src.startsWith('assets/') ? "the project's assets folder" : 'the project folder');

/** The asset file is not there. */
export class AssetMissingError extends PressdeskError {
  override readonly name = 'AssetMissingError';
  constructor(
    readonly project: string,
    readonly src: string,
    readonly kind: AssetKind,
  ) {
    super(`${project}: the ${kind} "${src}" is missing from ${folderOf(src)}; add the file or choose another ${kind}`);
  }
}

/** The asset path names a folder (or a device), not a file. */
export class AssetNotAFileError extends PressdeskError {
  override readonly name = 'AssetNotAFileError';
  constructor(
    readonly project: string,
    readonly src: string,
    readonly kind: AssetKind,
  ) {
    super(`${project}: the ${kind} "${src}" is a folder, not a file; choose a file inside it instead`);
  }
}

/** Rounded up, so a file just over the limit never reads as the limit itself ("50.1 MB", not "50 MB"). */
const megabytes = (bytes: number): string => `${Math.ceil(bytes / 100_000) / 10} MB`;

/** The asset is bigger than Pressdesk will load into a document. */
export class AssetTooLargeError extends PressdeskError {
  override readonly name = 'AssetTooLargeError';
  constructor(
    readonly project: string,
    readonly src: string,
    readonly kind: AssetKind,
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      `${project}: the ${kind} "${src}" is ${megabytes(size)}, more than the ${megabytes(limit)} Pressdesk accepts; ` +
        `save a smaller copy (for example as a JPEG) into the assets folder and choose that instead`,
    );
  }
}

/** The asset exists but could not be read. */
export class AssetUnreadableError extends PressdeskError {
  override readonly name = 'AssetUnreadableError';
  constructor(
    readonly project: string,
    readonly src: string,
    readonly kind: AssetKind,
    cause: unknown,
  ) {
    super(`${project}: the ${kind} "${src}" could not be read because ${describeFsProblem(cause)}; fix that and try again`, { cause });
  }
}

/** The folder now holds another project than the one being saved (deleted and re-created under the same name). */
export class ProjectReplacedError extends PressdeskError {
  override readonly name = 'ProjectReplacedError';
  constructor(readonly project: string) {
    super(
      `${project}: this editor was working on a project that has since been deleted or replaced by another with the same ` +
        'folder name, so the change was not saved over it. Go back to the projects list and open the project again.',
    );
  }
}
