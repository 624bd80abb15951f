import { isAbsolute, join, resolve } from 'node:path';
import type { HostConfig } from '../app-host/host';

/** Where the web host runs: what the process's environment says, passed in so tests can fix it. */
export interface WebPlace {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  readonly home: string;
  /** The folder `npm run web` was typed in (npm moves to the package root, so INIT_CWD, not cwd()). */
  readonly cwd: string;
}

/**
 * The URL of a project's file in the web host: each part percent-encoded, served by `/<secret>/files/`. Relative,
 * so the page (at `/<secret>/`) resolves it under its own secret, which the host never has to write into an answer.
 */
export const webProjectFileUrl = (project: string, src: string): string =>
  `files/${encodeURIComponent(project)}/${src.split('/').map(encodeURIComponent).join('/')}`;

/**
 * The app host's settings for the web host. With --workspace the settings live inside that workspace
 * (`.pressdesk/settings.json`), so a throwaway workspace leaves nothing behind; without it they are the user's
 * usual ones (APPDATA on Windows, ~/.config elsewhere) and the workspace defaults to ~/Documents/Pressdesk.
 * There is no openPath or showInFolder: a browser cannot open files on the computer, and export:open says so.
 */
export function webHostConfig(workspace: string | undefined, place: WebPlace): HostConfig {
  if (workspace !== undefined) {
    const folder = isAbsolute(workspace) ? workspace : resolve(place.cwd, workspace);
    return { settingsFile: join(folder, '.pressdesk', 'settings.json'), defaultWorkspace: folder, projectFileUrl: webProjectFileUrl };
  }
  const configDir = place.platform === 'win32' ? (place.env.APPDATA ?? join(place.home, 'AppData', 'Roaming')) : join(place.home, '.config');
  return {
    settingsFile: join(configDir, 'pressdesk', 'settings.json'),
    defaultWorkspace: join(place.home, 'Documents', 'Pressdesk'),
    projectFileUrl: webProjectFileUrl,
  };
}
