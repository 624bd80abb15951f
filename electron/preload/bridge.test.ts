import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc';
import { createBridge, type IpcLike } from './bridge';
import { PRELOAD_CHANNELS } from './channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const sent: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcLike = {
    invoke: async (...args) => {
      sent.push(args);
      return { ok: true, value: 'answered' };
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((listener) => listener({ sender: 'ipcRenderer!' }, ...args));
  return { ipc, sent, listeners, emit };
}

describe('the preload bridge', () => {
  it("knows exactly the contract's channels", () => {
    expect([...PRELOAD_CHANNELS].sort()).toEqual([...CHANNELS].sort());
  });

  it('is one frozen object with exactly invoke and onMenu', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenu']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends a contract channel through pressdesk:invoke and returns the answer', async () => {
    const { ipc, sent } = fakeIpc();
    expect(await createBridge(ipc).invoke('projects:list', {})).toEqual({ ok: true, value: 'answered' });
    expect(sent).toEqual([['pressdesk:invoke', 'projects:list', {}]]);
  });

  it.each(['files:steal', 'toString', '__proto__', 'constructor', 42, null])('refuses %j before sending anything', async (channel) => {
    const { ipc, sent } = fakeIpc();
    const answer = await createBridge(ipc).invoke(channel as string, {});
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringContaining('does not know') } });
    expect(sent).toEqual([]);
  });

  it('gives menu listeners the command only (never the IPC event), and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const heard: unknown[][] = [];
    const unsubscribe = createBridge(ipc).onMenu((...args) => heard.push(args));
    emit('pressdesk:menu', 'undo');
    emit('pressdesk:menu', { not: 'a command' });
    expect(heard).toEqual([['undo']]);
    unsubscribe();
    emit('pressdesk:menu', 'redo');
    expect(heard).toEqual([['undo']]);
    expect(listeners.get('pressdesk:menu')?.size).toBe(0);
  });
});
