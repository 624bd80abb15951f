import type { MenuItemConstructorOptions } from 'electron';

/** The commands the native menus send to the renderer (the same strings renderer/src/ipc/client.ts documents). */
export type MenuCommand = 'new-release' | 'new-pack' | 'open' | 'export-docx' | 'export-pdf' | 'show-exports' | 'undo' | 'redo';

export interface MenuOptions {
  /** Sends a command to the window (webContents.send('pressdesk:menu', command)). */
  readonly send: (command: MenuCommand) => void;
  /** Packaged builds have no developer tools. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

/**
 * The native menus. Undo and Redo are sent to the renderer rather than left to the text field: the app keeps its
 * own history of the whole project, and the menu should undo what the app's own Undo button would. Cut, copy,
 * paste and select all are the system's own.
 */
export function menuTemplate({ send, isPackaged, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        command('New release', 'new-release', 'CmdOrCtrl+N'),
        command('New briefing pack', 'new-pack', 'CmdOrCtrl+Shift+N'),
        command('Open…', 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('Export Word', 'export-docx', 'CmdOrCtrl+E'),
        command('Export PDF', 'export-pdf', 'CmdOrCtrl+Shift+E'),
        command('Show exports folder', 'show-exports'),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        command('Undo', 'undo', 'CmdOrCtrl+Z'),
        command('Redo', 'redo', platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    { label: '&Help', role: 'help', submenu: [{ role: 'about', label: 'About Pressdesk' }] },
  ];
}
