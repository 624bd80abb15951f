import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';
import { readSettings, writeSettings } from './settings';

const isFolder = (folder: string): Promise<boolean> =>
  stat(folder).then(
    (info) => info.isDirectory(),
    () => false,
  );

export function workspaceHandlers(context: HostContext): Pick<Handlers, 'workspace:get' | 'workspace:set' | 'workspace:choose'> {
  const use = async (folder: string) => {
    if (!path.isAbsolute(folder)) {
      throw new PressdeskError(`"${folder}" is not a full folder path; choose the projects folder with the folder picker.`);
    }
    const resolved = path.resolve(folder);
    // Never create a folder the user chose: on an unmounted network drive that would quietly make a local one.
    if (!(await isFolder(resolved))) {
      throw new PressdeskError(
        `The folder ${resolved} cannot be found, so Pressdesk cannot keep projects there. Check the drive is connected, or choose another folder.`,
      );
    }
    const settings = await readSettings(context.config.settingsFile);
    await writeSettings(context.config.settingsFile, { ...settings, workspace: resolved });
    return { folder: resolved, exists: true };
  };

  return {
    async 'workspace:get'() {
      const folder = await context.workspace();
      return { folder, exists: await isFolder(folder) };
    },

    'workspace:set': ({ folder }) => use(folder),

    async 'workspace:choose'() {
      const current = await context.workspace();
      if (!context.config.chooseFolder) {
        throw new PressdeskError('Choosing a folder from a dialog needs the desktop app; type the projects folder’s full path instead.');
      }
      const chosen = await context.config.chooseFolder({ title: 'Choose the projects folder', defaultPath: current });
      if (chosen === null) return { folder: current, exists: await isFolder(current), chosen: false };
      return { ...(await use(chosen)), chosen: true };
    },
  };
}
