// Bundles the command line into one file so `npm run export` starts fast (one module graph to load,
// no TypeScript compiler at run time). With --if-stale it only rebuilds when a source file changed.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  entryPoints: { 'pressdesk-export': join(root, 'shared/cli/main.ts') },
  outdir,
  // The renderers are imported when a format asks for them; splitting keeps each in a chunk of its own, beside
  // the entry point (resources/ is found relative to these files, two folders up).
  splitting: true,
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // sharp loads a native addon for the platform it was installed on: keep it a real import.
  external: ['sharp'],
  metafile: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const sources = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
await writeFile(inputsFile, JSON.stringify(sources));
