import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import { CHANNELS } from '../ipc';
import type { Handlers } from './dispatch';
import type { AppHost, HostConfig } from './host';
import { assetsHandlers } from './assets';
import { brandsHandlers } from './brands';
import { createContext } from './context';
import { exportHandlers } from './export';
import { packsHandlers } from './packs';
import { peopleHandlers } from './people';
import { previewHandlers } from './preview';
import { projectHandlers } from './project';
import { projectsHandlers } from './projects';
import { ASSETS_DIR, PROJECT_FILE } from '../storage';
import { resolveInside } from './safe-path';
import { workspaceHandlers } from './workspace';

/**
 * The desktop app's back end, whatever carries it (Electron IPC, the web host's HTTP): one handler per channel of
 * the contract, built from small per-domain maps, and the safe lookup of project files for the preview's pictures.
 */
export function createAppHost(config: HostConfig): AppHost {
  const context = createContext(config);
  const handlers = merge(
    workspaceHandlers(context),
    projectsHandlers(context),
    projectHandlers(context),
    previewHandlers(context),
    assetsHandlers(context),
    peopleHandlers(context),
    exportHandlers(context),
    brandsHandlers(context),
    packsHandlers(context),
  );
  return {
    handlers,
    workspace: () => context.workspace(),
    async projectFile(project, src) {
      try {
        // Only pictures and logos are ever shown from a project, and they live in assets/; nothing else of the
        // folder (project.json, exports, backups) is served, and nothing of a folder that is not a project.
        const dir = await context.projectDir(project);
        if (!src.startsWith(`${ASSETS_DIR}/`) || !(await isFile(path.join(dir, PROJECT_FILE)))) return null;
        return await resolveInside(path.join(dir, ASSETS_DIR), src.slice(ASSETS_DIR.length + 1));
      } catch (error) {
        if (error instanceof PressdeskError) return null;
        throw error;
      }
    },
  };
}

/** One map from the domains' maps; a channel handled twice is a bug caught at start-up, not a silent override. */
function merge(...maps: Partial<Handlers>[]): Handlers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [channel, handler] of Object.entries(map)) {
      if (channel in merged) throw new Error(`app host: the channel ${channel} has two handlers`);
      merged[channel] = handler;
    }
  }
  const missing = CHANNELS.filter((channel) => !(channel in merged));
  if (missing.length > 0) throw new Error(`app host: no handler for ${missing.join(', ')}`);
  return merged as Handlers;
}

const isFile = (file: string): Promise<boolean> =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
