import { app, shell, type Session, type WebContents } from 'electron';
import { isSafeExternalUrl } from './external-url';

/**
 * Refuses every permission (camera, microphone, notifications, geolocation, clipboard-read, …) both when a page
 * asks (the request handler) and when one merely checks (the check handler, which Chromium consults without asking).
 * Pressdesk needs none of them.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Locks down every web contents the app ever creates (the window, and anything that might appear later): no
 * navigation or redirect away from the page it loaded, no new windows (https and mailto links go to the system
 * instead), and no <webview> at all.
 */
export function lockDownEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

function lockDown(contents: WebContents): void {
  // The renderer is one page that never navigates; a navigation means a link or a script went wrong (or worse).
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
