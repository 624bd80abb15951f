import path from 'node:path';
import type { Adapter } from 'lowdb';
import { PressdeskError } from '../errors';
import { ProjectTooNewError, validateProject, type Project } from '../model';
import { backUpCurrent } from './backup';
import { replaceFileDurably } from './durable-write';
import {
  NotAProjectFolderError,
  ProjectFolderMissingError,
  ProjectRepairError,
  ProjectReplacedError,
  ProjectSaveError,
  ProjectUnreadableError,
} from './errors';
import { describeDamage, readFileContents, serialiseProject } from './file-contents';
import { errorCode } from './fs-problem';
import { isKeptAsideName } from './keep-aside';
import { rememberGood } from './known-good';
import { PROJECT_FILE, projectName } from './project-paths';
import { isFolder, namesIn, readIfPresent } from './fs-read';
import { repairFromBackup } from './repair';
import { runExclusive } from './serial-queue';

export interface ProjectFileOptions {
  /** Receives plain-English notices: a damaged file repaired from the backup, an older format upgraded. */
  readonly onNotice?: (notice: string) => void;
  /** The clock; names the file a damaged project.json is kept aside as. */
  readonly now?: () => Date;
}

/**
 * lowdb adapter for one project folder's project.json. Reading validates with the model, migrates in memory
 * only, and repairs a damaged file from its backup; writing validates, keeps a backup and replaces the file
 * durably (see durable-write.ts for why not lowdb's own JSONFile). Reads and writes of one folder take turns.
 *
 * Typed `Project | null` because lowdb's Low needs default data before the first read; null stands for
 * "not read yet". read() never yields null: where lowdb's JSONFile returns null for a missing file, which
 * Low silently ignores (keeping its default data), this adapter throws an error that says what to do.
 */
export class ProjectFileAdapter implements Adapter<Project | null> {
  readonly dir: string;
  /** The folder's name, used in every message. */
  readonly name: string;
  readonly #options: ProjectFileOptions;

  constructor(dir: string, options: ProjectFileOptions = {}) {
    this.dir = path.resolve(dir);
    this.name = projectName(dir);
    this.#options = options;
  }

  read(): Promise<Project> {
    return runExclusive(this.dir, () => this.#read());
  }

  async write(project: Project | null): Promise<void> {
    // Low skips writing when its data is null, so this only guards direct calls.
    if (project === null) throw new Error(`${this.name}: there is no project to save; open it first`);
    // Validate exactly what will be on disk: the text, parsed back. Invalid projects are never written.
    let text = serialiseProject(project);
    const checked = validateProject(JSON.parse(text), this.name);
    // Given a project in an older format, write the upgraded one: saving is when a migration lands on disk.
    if (checked.migratedFrom !== null) text = serialiseProject(checked.project);
    await runExclusive(this.dir, async () => {
      try {
        await backUpCurrent(this.dir, this.name, checked.project.id);
        await replaceFileDurably(path.join(this.dir, PROJECT_FILE), text);
        rememberGood(this.dir, Buffer.from(text), checked.project.id);
      } catch (error) {
        throw error instanceof ProjectTooNewError || error instanceof ProjectReplacedError ? error : new ProjectSaveError(this.name, error);
      }
    });
  }

  async #read(): Promise<Project> {
    const bytes = await this.#readBytes();
    const contents = readFileContents(bytes);
    if (contents.kind === 'damaged') {
      const at = (this.#options.now ?? (() => new Date()))();
      const repaired = await repairFromBackup(this.dir, this.name, bytes, contents.damage, at).catch((error: unknown) => {
        throw error instanceof PressdeskError ? error : new ProjectRepairError(this.name, describeDamage(contents.damage), error);
      });
      this.#options.onNotice?.(repaired.notice);
      return repaired.project;
    }
    const { project, migratedFrom } = validateProject(contents.value, this.name);
    rememberGood(this.dir, bytes, project.id);
    if (migratedFrom !== null) {
      this.#options.onNotice?.(
        `${this.name} was saved by an older version of Pressdesk (format version ${migratedFrom}). It has been ` +
          'updated for this version; the file changes only when you save.',
      );
    }
    return project;
  }

  async #readBytes(): Promise<Uint8Array> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readIfPresent(path.join(this.dir, PROJECT_FILE));
    } catch (error) {
      if (errorCode(error) === 'ENOTDIR') throw new NotAProjectFolderError(this.name, this.dir);
      throw new ProjectUnreadableError(this.name, error);
    }
    if (bytes !== undefined) return bytes;
    if (!(await isFolder(this.dir))) throw new ProjectFolderMissingError(this.name, this.dir);
    const keptAside = (await namesIn(this.dir)).filter(isKeptAsideName).sort().at(-1);
    throw new NotAProjectFolderError(this.name, this.dir, keptAside);
  }
}
