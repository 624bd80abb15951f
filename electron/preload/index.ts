import { contextBridge } from 'electron';

/** One narrow API for the renderer; the typed IPC contract fills it in with the app issue. */
contextBridge.exposeInMainWorld('pressdesk', Object.freeze({ version: 1 }));
