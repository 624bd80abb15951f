import type { IpcResult } from '../../shared/ipc';
import { PRELOAD_CHANNELS } from './channels';

/** The part of ipcRenderer the bridge uses (passed in, so it is tested without Electron). */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** What the window sees as `window.pressdesk` (renderer/src/ipc/client.ts's PressdeskBridge). */
export interface Bridge {
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  onMenu(listener: (command: string) => void): () => void;
}

const KNOWN = new Set<string>(PRELOAD_CHANNELS);

/**
 * The one object the preload exposes: two functions, frozen. ipcRenderer itself never reaches the page, nor does
 * an IPC event (its `sender` is ipcRenderer): the menu listener gets the command string alone. Unknown channels
 * are refused here, before anything is sent; main checks again (it trusts nothing from the window).
 */
export function createBridge(ipc: IpcLike): Readonly<Bridge> {
  return Object.freeze({
    invoke: async (channel: string, input: unknown): Promise<IpcResult<unknown>> => {
      if (typeof channel !== 'string' || !KNOWN.has(channel)) {
        return { ok: false, error: { message: `Pressdesk does not know the request "${String(channel).slice(0, 80)}".` } };
      }
      return (await ipc.invoke('pressdesk:invoke', channel, input)) as IpcResult<unknown>;
    },
    onMenu: (listener: (command: string) => void): (() => void) => {
      const forward = (_event: unknown, command: unknown) => {
        if (typeof command === 'string') listener(command);
      };
      ipc.on('pressdesk:menu', forward);
      return () => void ipc.removeListener('pressdesk:menu', forward);
    },
  });
}
