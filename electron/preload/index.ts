import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Sandboxed and context-isolated: this script runs beside the page, not in it, and hands it one frozen object.
contextBridge.exposeInMainWorld('pressdesk', createBridge(ipcRenderer));
