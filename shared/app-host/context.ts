import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import { ProjectName } from '../ipc';
import { BIN_DIR } from '../storage';
import { readSettings } from './settings';
import type { HostConfig } from './host';
import { createLanes, type Lanes } from './lanes';

/** What every handler shares: the config, the clock, the workspace in use, and one queue per project. */
export interface HostContext {
  readonly config: HostConfig;
  now(): Date;
  /** The workspace folder in use now (settings, else the default, created on first use). */
  workspace(): Promise<string>;
  /** The folder of the project named `name` in the current workspace (the name is checked). */
  projectDir(name: string): Promise<string>;
  /** Runs the tasks for one project folder one after another (a save's project and draft writes, an open). */
  readonly lanes: Lanes;
}

export function createContext(config: HostConfig): HostContext {
  const now = config.now ?? (() => new Date());
  const workspace = async (): Promise<string> => {
    const chosen = (await readSettings(config.settingsFile)).workspace;
    if (chosen !== undefined) return path.resolve(chosen);
    const folder = path.resolve(config.defaultWorkspace);
    // Only the default is made: a folder the user chose and cannot be found is reported, never quietly recreated.
    await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw new PressdeskError(`Pressdesk could not make its projects folder ${folder} (${String((error as Error).message)}). Choose a projects folder instead.`);
    });
    return folder;
  };
  return {
    config,
    now,
    workspace,
    async projectDir(name) {
      // The contract checks names already; this guards the AppHost's own callers (a URL's project part). The bin is
      // where deleted projects wait: never a project itself.
      if (!ProjectName.safeParse(name).success || name.toLowerCase() === BIN_DIR) {
        throw new PressdeskError(`"${name}" is not the name of a project folder; choose the project again from the list.`);
      }
      const folder = await workspace();
      const dir = path.join(folder, name);
      // A project is a folder inside the workspace. A link to a folder elsewhere (planted in a shared workspace, say)
      // would let saves and picture requests reach outside it, so it is refused by name, before anything follows it.
      const info = await lstat(dir).catch(() => undefined);
      if (info?.isSymbolicLink()) {
        throw new PressdeskError(`${name} is a link to a folder elsewhere, not a project folder in ${folder}. Move the project itself into the projects folder to open it.`);
      }
      return dir;
    },
    lanes: createLanes(),
  };
}
