import type { Handlers } from './dispatch';

/** What a transport (Electron's main process, the web host) tells the app host about where it runs. */
export interface HostConfig {
  /** The JSON file the host keeps its settings in (the workspace folder), in the user's app-data folder. */
  readonly settingsFile: string;
  /** The workspace to use when the settings name none, e.g. ~/Documents/Pressdesk (created on first use). */
  readonly defaultWorkspace: string;
  /**
   * The URL the window loads a project's file from, for pictures in the preview: `app://project/<name>/<src>` in
   * Electron, `/files/<name>/<src>` in the web host. Both are served by resolving with `projectFile` below.
   */
  readonly projectFileUrl: (project: string, src: string) => string;
  /** Opens an exported file in its app, and shows one in its folder (Electron's shell). Absent in the web host,
   *  where `export:open` and `export:show` say the browser cannot do it. */
  readonly openPath?: (path: string) => Promise<void>;
  readonly showInFolder?: (path: string) => void;
  /** Asks the user for a folder with the system's dialog (Electron's dialog.showOpenDialog); null when they cancel.
   *  Absent in the web host, where `workspace:choose` and exporting to a chosen place say the browser cannot. */
  readonly chooseFolder?: (options: { readonly title: string; readonly defaultPath?: string }) => Promise<string | null>;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
}

/** The app host: the handlers for every channel, and what a transport needs to serve project files safely. */
export interface AppHost {
  readonly handlers: Handlers;
  /** The workspace folder in use now (settings, else the default). */
  workspace(): Promise<string>;
  /**
   * The absolute path of a file inside a project of the current workspace, or null when the request names anything
   * else: `..` (also percent-encoded), an absolute path, a drive letter, a backslash, a symlink out of the project,
   * a project name that is not a folder of the workspace. Transports serve only what this returns.
   */
  projectFile(project: string, src: string): Promise<string | null>;
}
