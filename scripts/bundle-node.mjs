// One esbuild set-up for the Node programs Pressdesk ships bundled: the command line (out/cli/) and the web host
// (out/web/), each two folders below the root, where resources/ is found the same way. The web host is an ES module
// with code splitting; the command line is one CommonJS file, so its loader can hand V8 a code cache (Node 20 has
// none for ES modules); esbuild still runs each module's code only when first imported, so a Word export does not
// start pdf-lib.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles `entry` into `outdir/<name>.mjs` (emptying `outdir` first) and writes `outdir/inputs.json`, the repo's own
 * source files it was built from, which the scripts' staleness checks compare against. For CommonJS, `workers` maps
 * more programs' names to their entries, each bundled whole beside it as `<worker>.bundle.cjs` (worker threads' scripts).
 */
export async function bundleNode({ root, entry, name, outdir, format = 'esm', workers = {} }) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const common = {
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // sharp loads a native addon for the platform it was installed on: keep it a real import.
    external: ['sharp'],
    metafile: true,
    logLevel: 'warning',
  };
  const result = await build(
    format === 'esm'
      ? {
          ...common,
          entryPoints: { [name]: join(root, entry) },
          format: 'esm',
          splitting: true,
          chunkNames: '[name]-[hash]',
          outExtension: { '.js': '.mjs' },
          banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
        }
      : {
          ...common,
          entryPoints: {
            [`${name}.bundle`]: join(root, entry),
            ...Object.fromEntries(Object.entries(workers).map(([worker, source]) => [`${worker}.bundle`, join(root, source)])),
          },
          format: 'cjs',
          outExtension: { '.js': '.cjs' },
          define: { 'import.meta.url': '__pressdeskModuleUrl' },
          banner: { js: "const __pressdeskModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
        },
  );
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  await writeFile(join(outdir, 'inputs.json'), JSON.stringify(sources));
}
