import type { Channel, InputOf, IpcResult, OutputOf, ProblemData } from '../../../shared/ipc';

/**
 * How the window reaches the app host. In Electron the preload exposes `window.pressdesk` (contextBridge); in the
 * web host (`npm run web`, and the e2e tests) the same contract travels as `POST api/<channel>`, relative to the
 * page: the page is served at `/<secret>/`, so the call goes to `/<secret>/api/<channel>` and the secret in the path
 * is what authorises it (there is no cookie). Either way a call resolves to an IpcResult: errors are data, with a
 * message written for the user.
 */
export interface PressdeskBridge {
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
  /** Menu commands from Electron's native menus ("export-docx", "new-release", "undo", ...). */
  onMenu?(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    pressdesk?: PressdeskBridge;
  }
}

const NOT_CONNECTED = 'This page is not connected to Pressdesk. Open the whole address `npm run web` printed when it started.';
const LOST = 'Pressdesk is not running (the connection was lost). Start it again; your work up to the last save is kept.';

const httpBridge: PressdeskBridge = {
  async invoke(channel, input) {
    let response: Response;
    try {
      // Relative, no leading slash: it stays under the secret the page was opened with.
      response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'omit',
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { message: LOST } };
    }
    // Every answer of the API is JSON; a refusal is a plain sentence. 404 is an address outside the secret (the
    // host was restarted with a new one), 403 a request the host did not take for its own page's.
    if (response.status === 403 || response.status === 404) return { ok: false, error: { message: NOT_CONNECTED } };
    try {
      if (response.headers.get('Content-Type')?.startsWith('application/json')) return (await response.json()) as IpcResult<unknown>;
      // A refusal written for the user (a picture too large, say): show it as it is.
      const text = (await response.text()).trim();
      return { ok: false, error: { message: text || LOST } };
    } catch {
      return { ok: false, error: { message: LOST } };
    }
  },
};

export const bridge: PressdeskBridge = window.pressdesk ?? httpBridge;

/** True in Electron, where files can be opened and shown in their folder. */
export const isDesktop = window.pressdesk !== undefined;

/** Calls one channel of the contract, typed from it. */
export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<IpcResult<OutputOf<C>>> {
  return (await bridge.invoke(channel, input)) as IpcResult<OutputOf<C>>;
}

/** Like `call`, but throws the user-facing message on failure (for code that shows errors in one place). */
export class CallError extends Error {
  constructor(
    message: string,
    readonly problems: readonly ProblemData[] = [],
  ) {
    super(message);
  }
}

export async function request<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new CallError(result.error.message, result.error.problems ?? []);
  return result.value;
}
