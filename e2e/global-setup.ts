import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Vitest global setup: builds the window and the web host once, when stale, before any test file runs, so the e2e
 * tests never drive an old build and parallel test files never race to build. Quick when nothing changed.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  const result = spawnSync(process.execPath, ['scripts/web.mjs', '--build-only'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Building the app for the e2e tests failed:\n${result.stdout}\n${result.stderr}`);
}
