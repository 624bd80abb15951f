import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, session, shell, type BrowserWindow } from 'electron';
import { createAppHost } from '../../shared/app-host';
import { denyAllPermissions, lockDownEveryWebContents } from './hardening';
import { electronHostConfig } from './host-config';
import { MENU_CHANNEL, serveContract } from './ipc';
import { menuTemplate } from './menu-template';
import { handleAppScheme, registerAppScheme } from './protocol';
import { createMainWindow } from './window';

/*
 * The Electron shell, kept thin: the window, its security settings, menus, and the app:// protocol. Everything it
 * does for the user is the app host's (shared/app-host), tested without Electron; docs/SECURITY.md says where each
 * item of Electron's security checklist is done.
 */

const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

// Before anything else: every renderer sandboxed, and app:// known to Chromium as a secure standard scheme.
app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | undefined;

function start(): void {
  lockDownEveryWebContents();
  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    const host = createAppHost(
      electronHostConfig({
        userData: app.getPath('userData'),
        documents: app.getPath('documents'),
        openPath: (path) => shell.openPath(path),
        showItemInFolder: (path) => shell.showItemInFolder(path),
        showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
      }),
    );
    handleAppScheme({ rendererDir: RENDERER_DIR, projectFile: (project, src) => host.projectFile(project, src) });
    serveContract(host, () => mainWindow, (channel, error) => console.error(`Pressdesk: ${channel} failed:`, error));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({ send: (command) => mainWindow?.webContents.send(MENU_CHANNEL, command), isPackaged: app.isPackaged, platform: process.platform }),
      ),
    );
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = undefined));
  });
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
}

// One Pressdesk at a time: a second start focuses the first window (two would save the same projects at once).
if (app.requestSingleInstanceLock()) start();
else app.quit();
