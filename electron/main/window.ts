import { fileURLToPath } from 'node:url';
import { BrowserWindow, dialog } from 'electron';

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
  // A page that prevents unload (the brand editor with changes it cannot save yet) gets the question a browser would
  // ask; Electron would otherwise keep the window open without a word.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Stay', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Pressdesk',
      message: 'Some changes cannot be saved yet.',
      detail: 'Fix the problems shown beside the fields to save them, or close and lose those changes.',
    });
    if (choice === 1) event.preventDefault();
  });
  void window.loadURL('app://app/index.html');
  return window;
}
