// `npm start`: opens the desktop app, or says plainly how to get Electron's binary when it is missing
// (it is downloaded from GitHub by `npm run setup`, which some networks block).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let binary;
try {
  binary = require('electron'); // the path of the binary, once it is downloaded
} catch {
  binary = undefined;
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  console.error(
    'The desktop app needs Electron, whose binary is not on this computer (it is downloaded from GitHub).\n' +
      'Run `npm run setup` on a connection that can reach GitHub, then `npm start` again.\n' +
      'Until then, `npm run export -- <project-folder>` exports a project from the command line.',
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
