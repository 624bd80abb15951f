import { join } from 'node:path';
import type { HostConfig } from '../../shared/app-host/host';
import { PressdeskError } from '../../shared/errors';

/** The desktop can open a file in its app and show it in its folder; this says when the system could not. */
export class OpenFileError extends PressdeskError {}

/** The parts of Electron's app and shell the host's configuration needs (passed in, so it is tested without them). */
export interface ElectronPlace {
  /** app.getPath('userData') */
  readonly userData: string;
  /** app.getPath('documents') */
  readonly documents: string;
  /** shell.openPath: resolves to '' on success, else the system's error message. */
  readonly openPath: (path: string) => Promise<string>;
  /** shell.showItemInFolder */
  readonly showItemInFolder: (path: string) => void;
  /** dialog.showOpenDialog, attached to the main window */
  readonly showOpenDialog: (options: {
    title: string;
    defaultPath?: string;
    properties: ('openDirectory' | 'createDirectory')[];
  }) => Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** The app:// URL of a project's file (served by protocol.ts through AppHost.projectFile). */
export const appProjectFileUrl = (project: string, src: string): string =>
  `app://project/${encodeURIComponent(project)}/${src.split('/').map(encodeURIComponent).join('/')}`;

export function electronHostConfig(place: ElectronPlace): HostConfig {
  return {
    settingsFile: join(place.userData, 'settings.json'),
    defaultWorkspace: join(place.documents, 'Pressdesk'),
    projectFileUrl: appProjectFileUrl,
    openPath: async (path) => {
      const error = await place.openPath(path);
      if (error !== '') throw new OpenFileError(`Pressdesk could not open ${path}: ${error}. Open it from its folder instead.`);
    },
    showInFolder: (path) => place.showItemInFolder(path),
    chooseFolder: async ({ title, defaultPath }) => {
      const result = await place.showOpenDialog({
        title,
        ...(defaultPath === undefined ? {} : { defaultPath }),
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
