// `npm run web -- [--workspace <folder>] [--port <n>]`: Pressdesk in a web browser on this computer, for when the
// Electron binary cannot be downloaded. Builds what is stale (the renderer with electron-vite, the host with esbuild,
// as scripts/build-cli.mjs does for the command line), then runs the host in this process.
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stop } from 'esbuild';
import { bundleNode } from './bundle-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Newest modification time among files (folders walked), ignoring tests; 0 for none. */
async function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    if (info.isDirectory()) {
      const names = await readdir(path);
      latest = Math.max(latest, await newest(names.filter((name) => !name.includes('.test')).map((name) => join(path, name))));
    } else latest = Math.max(latest, info.mtimeMs);
  }
  return latest;
}

const builtAt = async (file) => (await stat(file).catch(() => undefined))?.mtimeMs ?? 0;

// The renderer imports only these folders of shared/ (tsconfig.web.json).
const RENDERER_INPUTS = ['renderer', 'shared/ipc', 'shared/model', 'shared/compose', 'shared/doc-tree', 'shared/errors', 'shared/brands', 'electron.vite.config.ts', 'package-lock.json'];

async function buildRenderer() {
  if ((await newest(RENDERER_INPUTS.map((input) => join(root, input)))) < (await builtAt(join(root, 'out/renderer/index.html')))) return;
  console.log('Building the Pressdesk window (electron-vite build)…');
  // electron-vite builds the Electron shell too (a second or two): one build, one configuration, no drift.
  const result = spawnSync(process.execPath, [join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status === 0) return;
  // A working tree mid-edit should not stop someone using the last window that built; say so plainly. Never for
  // --build-only (the tests' build): they must not pass against an old window.
  if (!process.argv.includes('--build-only') && (await builtAt(join(root, 'out/renderer/index.html'))) > 0) {
    console.warn('The Pressdesk window could not be rebuilt (see the messages above): serving the last one that built.');
    return;
  }
  console.error('The Pressdesk window could not be built (see the messages above), so the web version cannot start.');
  process.exit(1);
}

const outdir = join(root, 'out/web');
const outfile = join(outdir, 'pressdesk-web.mjs');
const inputsFile = join(outdir, 'inputs.json');

async function hostIsStale() {
  try {
    const inputs = JSON.parse(await readFile(inputsFile, 'utf8'));
    return (await newest([...inputs, 'package-lock.json'].map((input) => join(root, input)))) > (await builtAt(outfile));
  } catch {
    return true;
  }
}

async function buildHost() {
  if (!(await hostIsStale())) return;
  await bundleNode({ root, entry: 'shared/web-host/main.ts', name: 'pressdesk-web', outdir });
}

await buildRenderer();
await buildHost();
// --build-only: the e2e tests' global setup builds once, then starts one host per test.
if (process.argv.includes('--build-only')) process.exit(0);
// esbuild keeps a service process for further builds; the host serves for hours and needs none.
await stop();
// The host reads its arguments from process.argv, which are this script's.
await import(pathToFileURL(outfile).href);
