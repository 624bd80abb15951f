// First-time setup: `node scripts/setup.mjs` (or `npm run setup` once node_modules exists).
// Installs the exact dependencies from package-lock.json, then fetches Electron's binary if this machine
// can reach it. Without it the command line and the tests all work; only the desktop window needs
// Electron, and `npm start` says how to get it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args, env = {}, stdio = 'inherit') =>
  spawnSync(command, args, {
    cwd: root,
    stdio,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    // npm is npm.cmd on Windows, which only starts through a shell.
    shell: process.platform === 'win32',
    timeout: 15 * 60 * 1000,
  });

console.log('Pressdesk setup: installing dependencies (npm ci)…');
// Electron's own install script downloads its binary during `npm ci`; a machine that cannot reach the
// download would fail the whole install, so it is skipped here and tried separately below.
const install = run('npm', ['ci', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
if (install.status !== 0) {
  console.error('\nSetup failed: npm ci did not finish. Check the messages above (is the npm registry reachable?).');
  process.exit(1);
}

console.log('\nPressdesk setup: fetching the Electron binary for the desktop app…');
const electron = run(process.execPath, [join(root, 'node_modules/electron/install.js')], { ELECTRON_SKIP_BINARY_DOWNLOAD: '' }, [
  'inherit',
  'inherit',
  'pipe',
]);
if (electron.status === 0) {
  console.log('Electron is ready: `npm start` opens the desktop app.');
} else {
  // The installer prints a whole stack trace; its first line says why (e.g. getaddrinfo ENOTFOUND github.com).
  const reason = (electron.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? 'no reason given';
  console.warn(
    `Electron could not be downloaded here (${reason.trim()}).\n` +
      'Its binary comes from GitHub. Everything else is installed:\n' +
      '  npm run export -- <project-folder>   exports a project\n' +
      '  npm test                             runs every test\n' +
      'To get the desktop app later, run `npm run setup` again on a connection that can reach GitHub.',
  );
}
