// Bundles the command line into one file so `npm run export` starts fast (one module graph to load,
// no TypeScript compiler at run time). With --if-stale it only rebuilds when a source file changed.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNode } from './bundle-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'out/cli');
const outfile = join(outdir, 'pressdesk-export.mjs');
const inputsFile = join(root, 'out/cli/inputs.json');

async function isStale() {
  try {
    const built = (await stat(outfile)).mtimeMs;
    const inputs = JSON.parse(await readFile(inputsFile, 'utf8'));
    for (const input of [...inputs, 'package-lock.json']) {
      if ((await stat(join(root, input))).mtimeMs > built) return true;
    }
    return false;
  } catch {
    return true;
  }
}

if (process.argv.includes('--if-stale') && !(await isStale())) process.exit(0);

await bundleNode({ root, entry: 'shared/cli/main.ts', name: 'pressdesk-export', outdir });
