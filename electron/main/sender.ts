/** The part of Electron's WebFrameMain the check reads (so it is tested without Electron). */
export interface FrameLike {
  readonly url: string;
}

/**
 * True when an IPC message comes from the app's own page: the main frame of our window (not an iframe, not
 * another window) showing a page of the renderer build (app://app/). Anything else is refused before the payload
 * is even parsed. `senderFrame` is null when the frame has navigated away or been destroyed.
 */
export function isTrustedSender(senderFrame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): boolean {
  if (senderFrame === null || senderFrame === undefined || mainFrame === null || mainFrame === undefined) return false;
  return senderFrame === mainFrame && senderFrame.url.startsWith('app://app/');
}
