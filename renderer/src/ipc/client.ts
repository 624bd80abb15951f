import type { Channel, InputOf, IpcResult, OutputOf, ProblemData } from '../../../shared/ipc';

/**
 * How the window reaches the app host. In Electron the preload exposes `window.pressdesk` (contextBridge); in the
 * web host (`npm run web`, and the e2e tests) the same contract travels as `POST /api/<channel>`, authorised by the
 * cookie the host set when the page was opened with its secret. Either way a call resolves to an IpcResult:
 * errors are data, with a message written for the user.
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

const httpBridge: PressdeskBridge = {
  async invoke(channel, input) {
    try {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401 || response.status === 403) {
        return { ok: false, error: { message: 'This page is not connected to Pressdesk. Open the address `npm run web` printed, with its secret.' } };
      }
      return (await response.json()) as IpcResult<unknown>;
    } catch {
      return { ok: false, error: { message: 'Pressdesk is not running (the connection was lost). Start it again; your work up to the last save is kept.' } };
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
