import { fileURLToPath } from 'node:url';
import { BrowserWindow } from 'electron';

const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** The app's one window, with every web preference that matters set explicitly (docs/SECURITY.md). */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    show: false,
    title: 'Pressdesk',
    webPreferences: {
      preload: PRELOAD,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL('app://app/index.html');
  return window;
}
