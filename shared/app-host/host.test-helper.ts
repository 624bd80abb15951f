import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Channel, InputOf, OutputOf } from '../ipc';
import { createAppHost } from './app-host';
import { dispatch } from './dispatch';
import type { AppHost, HostConfig } from './host';

const made: string[] = [];
export const SEED = fileURLToPath(new URL('../../examples/harbour-wall-reopening-2026/', import.meta.url));

export async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressdesk-app-host-'));
  made.push(dir);
  return dir;
}

export const removeTempFolders = async (): Promise<void> => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
};

export interface TestHost {
  readonly host: AppHost;
  readonly workspace: string;
  readonly settingsFile: string;
  /** Calls a channel through dispatch, as a transport does, and returns the value or throws the message. */
  call<C extends Channel>(channel: C, payload: InputOf<C>): Promise<OutputOf<C>>;
  /** The refusal's message for a call expected to fail. */
  refusal(channel: string, payload: unknown): Promise<string>;
}

/** A host over a fresh workspace (made), with settings pointing at it and a fixed clock unless told otherwise. */
export async function testHost(overrides: Partial<HostConfig> = {}): Promise<TestHost> {
  const top = await tempFolder();
  const workspace = path.join(top, 'Pressdesk');
  await mkdir(workspace);
  const settingsFile = path.join(top, 'config', 'settings.json');
  const host = createAppHost({
    settingsFile,
    defaultWorkspace: workspace,
    projectFileUrl: (project, src) => `app://project/${project}/${src}`,
    now: () => new Date('2026-03-04T12:00:00Z'),
    ...overrides,
  });
  const bugs: unknown[] = [];
  return {
    host,
    workspace,
    settingsFile,
    async call(channel, payload) {
      const result = await dispatch(host.handlers, channel, payload, (_channel, error) => bugs.push(error));
      if (!result.ok) throw new Error(`${result.error.message}${bugs.length ? ` [bug: ${String(bugs[0])}]` : ''}`);
      return result.value as never;
    },
    async refusal(channel, payload) {
      const result = await dispatch(host.handlers, channel, payload, (_channel, error) => bugs.push(error));
      if (result.ok) throw new Error(`expected ${channel} to refuse`);
      return result.error.message;
    },
  };
}

/** Copies the seed example into the workspace as `name`. */
export async function copySeed(workspace: string, name = 'harbour-wall'): Promise<string> {
  const dir = path.join(workspace, name);
  await cp(SEED, dir, { recursive: true });
  return dir;
}
