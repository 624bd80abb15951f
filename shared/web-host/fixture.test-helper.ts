import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../app-host/dispatch';
import type { AppHost } from '../app-host/host';
import { resolveInside } from '../app-host/safe-path';
import { CHANNELS } from '../ipc';

/**
 * A throwaway layout for web host tests: a renderer build, a workspace with one project and a picture, and a
 * secret file beside them that symlinks inside both folders point at (nothing may ever serve it).
 */
export async function makeFixture(): Promise<{ root: string; rendererDir: string; workspace: string; host: AppHost }> {
  const root = await mkdtemp(join(tmpdir(), 'pd-web-'));
  const rendererDir = join(root, 'renderer');
  const workspace = join(root, 'workspace');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await mkdir(join(workspace, 'harbour', 'assets'), { recursive: true });
  await writeFile(join(root, 'outside.txt'), 'TOP SECRET');
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Pressdesk</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(rendererDir, '.hidden'), 'hidden');
  await symlink(join(root, 'outside.txt'), join(rendererDir, 'assets', 'link.js'));
  await writeFile(join(workspace, 'harbour', 'assets', 'harbour wall.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await symlink(join(root, 'outside.txt'), join(workspace, 'harbour', 'assets', 'escape.png'));
  return { root, rendererDir, workspace, host: fakeHost(workspace) };
}

/** An app host whose only working channel is workspace:get (enough to prove calls arrive and answers return). */
function fakeHost(workspace: string): AppHost {
  const broken = async () => {
    throw new Error('not in this fake');
  };
  const handlers = Object.fromEntries(CHANNELS.map((channel) => [channel, broken])) as unknown as Record<string, unknown>;
  handlers['workspace:get'] = async () => ({ folder: workspace, exists: true });
  return {
    handlers: handlers as unknown as Handlers,
    workspace: async () => workspace,
    // The real host also checks the project is a folder of the workspace; the fake knows one project.
    projectFile: async (project, src) => (project === 'harbour' ? resolveInside(join(workspace, project), src) : null),
  };
}
