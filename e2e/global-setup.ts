import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Vitest global setup: builds the window and the web host, and the bundled command line, once, when stale, before
 * any test file runs, so the tests never drive an old build and parallel test files never race to build. Quick when
 * nothing changed.
 */
export default function setup(): void {
  const root = resolve(import.meta.dirname, '..');
  for (const [what, script] of [
    ['the app', ['scripts/web.mjs', '--build-only']],
    ['the command line', ['scripts/build-cli.mjs', '--if-stale']],
  ] as const) {
    const result = spawnSync(process.execPath, script, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`Building ${what} for the tests failed:\n${result.stdout}\n${result.stderr}`);
  }
}
