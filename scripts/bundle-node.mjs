// One esbuild set-up for the Node programs Pressdesk ships bundled: the command line (out/cli/) and the web host
// (out/web/). Each is an ES module with code splitting, so a renderer (docx, pdf-lib) loads only when a format asks
// for it, in a chunk beside the entry point two folders below the root, where resources/ is found the same way.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles `entry` into `outdir/<name>.mjs` (emptying `outdir` first) and writes `outdir/inputs.json`, the repo's own
 * source files it was built from, which the scripts' staleness checks compare against.
 */
export async function bundleNode({ root, entry, name, outdir }) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: { [name]: join(root, entry) },
    outdir,
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
  await writeFile(join(outdir, 'inputs.json'), JSON.stringify(sources));
}
