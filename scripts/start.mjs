// `npm start`: opens the desktop app, or, when Electron's binary is missing (it is downloaded from GitHub by
// `npm run setup`, which some networks block), says how to get it and offers the browser version instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function electronBinary() {
  try {
    const path = require('electron'); // the path of the binary, once it is downloaded; throws before that
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

if (electronBinary() !== undefined) {
  const result = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'preview', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

console.error(
  'The desktop app needs Electron, whose binary is not on this computer (it is downloaded from GitHub).\n' +
    'To get it, run `npm run setup` on a connection that can reach GitHub, then `npm start` again.',
);

if (!process.stdin.isTTY || !process.stdout.isTTY) {
  console.error('Until then, Pressdesk runs in your web browser:\n  npm run web -- --workspace <folder>');
  process.exit(1);
}

const prompt = createInterface({ input: process.stdin, output: process.stdout });
const answer = (await prompt.question('Start Pressdesk in your web browser instead? [Y/n] ')).trim().toLowerCase();
prompt.close();
if (answer !== '' && answer !== 'y' && answer !== 'yes') {
  console.error('Not started. `npm run web` starts the browser version whenever you want it.');
  process.exit(1);
}
// The web host stops itself on Ctrl+C (the terminal sends SIGINT to both processes); this one just waits for it.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
const child = spawn(process.execPath, [join(root, 'scripts/web.mjs')], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
