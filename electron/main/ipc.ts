import { ipcMain, type BrowserWindow } from 'electron';
import { dispatch, type BugReporter } from '../../shared/app-host/dispatch';
import type { AppHost } from '../../shared/app-host/host';
import { isTrustedSender } from './sender';

/** The one IPC channel: the preload sends every call of the contract through it as (channel, payload). */
export const INVOKE_CHANNEL = 'pressdesk:invoke';
export const MENU_CHANNEL = 'pressdesk:menu';

/**
 * Answers the window's calls with the app host's handlers, after checking the caller is our window's main frame
 * on an app://app/ page. dispatch then refuses unknown channels and parses the payload with the contract.
 */
export function serveContract(host: AppHost, window: () => BrowserWindow | undefined, onBug: BugReporter): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame, window()?.webContents.mainFrame)) {
      return { ok: false, error: { message: 'Pressdesk refused a request that did not come from its own window.' } };
    }
    return dispatch(host.handlers, channel, payload, onBug);
  });
}
