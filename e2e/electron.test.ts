import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron } from 'playwright';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** The Electron binary's path, or undefined when it was never downloaded (require('electron') throws then). */
function electronBinary(): string | undefined {
  try {
    const path: unknown = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const SKIPPED = binary ? '' : ' [SKIPPED: no Electron binary here; `npm run setup` on a connection that can reach GitHub fetches it]';
if (!binary) console.warn(`e2e/electron.test.ts${SKIPPED}`);

describe('the desktop app', () => {
  it.skipIf(!binary)(`opens a window titled Pressdesk whose page sees only pressdesk.invoke and pressdesk.onMenu${SKIPPED}`, async () => {
    const build = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    expect(build.status, 'electron-vite build').toBe(0);

    // A throwaway home: userData (settings) and Documents/Pressdesk (the workspace) land in it, not the tester's.
    const home = await mkdtemp(join(tmpdir(), 'pd-e2e-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [root],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), APPDATA: join(home, 'AppData') } as Record<string, string>,
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      expect(await page.title()).toBe('Pressdesk');
      expect(page.url()).toBe('app://app/index.html');
      const seen = await page.evaluate(() => {
        const scope = globalThis as unknown as { pressdesk?: Record<string, unknown>; process?: unknown; require?: unknown };
        return {
          keys: Object.keys(scope.pressdesk ?? {}).sort(),
          frozen: Object.isFrozen(scope.pressdesk),
          node: typeof scope.process !== 'undefined' || typeof scope.require !== 'undefined',
        };
      });
      expect(seen).toEqual({ keys: ['invoke', 'onMenu'], frozen: true, node: false });
      const refused = await page.evaluate(() =>
        (globalThis as unknown as { pressdesk: { invoke(channel: string, input: unknown): Promise<unknown> } }).pressdesk.invoke('files:steal', {}),
      );
      expect(refused).toMatchObject({ ok: false });
    } finally {
      await app.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});
