// Bundles the command line into one file so `npm run export` starts fast (one file to load, no TypeScript compiler
// at run time), then makes V8's code cache for it by exporting the bundled examples once (scripts/cli-loader.cjs
// explains). With --if-stale it only rebuilds when a source file, the lock file or the Node version changed.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNode } from './bundle-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out/cli');
const entry = join(outdir, 'pressdesk-export.cjs');
const inputsFile = join(outdir, 'inputs.json');
const builtWithFile = join(outdir, 'built-with.txt');

async function isStale() {
  try {
    if ((await readFile(builtWithFile, 'utf8')) !== process.version) return true;
    const built = (await stat(entry)).mtimeMs;
    const inputs = JSON.parse(await readFile(inputsFile, 'utf8'));
    for (const input of [...inputs, 'package-lock.json', 'scripts/cli-loader.cjs']) {
      if ((await stat(join(root, input))).mtimeMs > built) return true;
    }
    return false;
  } catch {
    return true;
  }
}

if (process.argv.includes('--if-stale') && !(await isStale())) process.exit(0);

await bundleNode({
  root,
  entry: 'shared/cli/main.ts',
  name: 'pressdesk-export',
  outdir,
  format: 'cjs',
  // The export worker's program (shared/export/export-worker.ts), found beside the command by its name.
  workers: { 'pressdesk-worker': 'shared/export/export-worker-main.ts' },
});
await copyFile(join(root, 'scripts/cli-loader.cjs'), entry);

// The code cache: what V8 compiled while exporting an example with pictures in both formats.
const scratch = await mkdtemp(join(tmpdir(), 'pressdesk-code-cache-'));
try {
  execFileSync(process.execPath, [entry, join(root, 'examples/joint-inspection-2023'), '--format', 'both', '--out', scratch], {
    env: { ...process.env, PRESSDESK_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} finally {
  await rm(scratch, { recursive: true, force: true });
}
await writeFile(builtWithFile, process.version);
