// One esbuild set-up for the Node programs Pressdesk ships bundled: the command line (out/cli/) and the web host
// (out/web/), each two folders below the root, where resources/ is found the same way. The web host is an ES module
// with code splitting; the command line is one CommonJS file, so its loader can hand V8 a code cache (Node 20 has
// none for ES modules); esbuild still runs each module's code only when first imported, so a Word export does not
// start pdf-lib.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * fontkit builds four Unicode lookup tables when it is loaded (character properties, and the Arabic, Indic and
 * Universal shapers' classes): base64-decoded and inflated in JavaScript, ~25 ms of every cold PDF export. The
 * shapers' three are read only when fontkit shapes a complex script itself (the bundled faces' Latin shapes from
 * resources/fonts/shaping.json), so an English release never needs them. This builds each one the first time it is
 * read instead: each is a `var trieN = new unicode_trie_default(…)` read only through `.get(codePoint)`. A
 * fontkit upgrade that changes that shape stops the build here rather than bundling something half-patched.
 */
const lazyFontkitTables = {
  name: 'lazy-fontkit-tables',
  setup(build) {
    build.onLoad({ filter: /[\\/]@cantoo[\\/]fontkit[\\/]dist[\\/]module\.mjs$/ }, async (args) => {
      let found = 0;
      const text = (await readFile(args.path, 'utf8')).replace(/^var (trie\d*) = new unicode_trie_default\((.+)\);$/gm, (_, table, data) => {
        found += 1;
        return `var ${table} = __pressdeskLazyTable(() => new unicode_trie_default(${data}));`;
      });
      const code = text.split('\n').filter((line) => !line.trimStart().startsWith('//') && !line.includes('__pressdeskLazyTable'));
      const uses = code.flatMap((line) => line.match(/\btrie\d*\b(?!\.get\()/g) ?? []);
      if (found !== 4 || uses.length > 0) {
        throw new Error(`scripts/bundle-node.mjs: @cantoo/fontkit no longer builds its four Unicode tables as this expects (found ${found}${uses.length ? `, and ${uses.join(', ')}` : ''}); update lazyFontkitTables.`);
      }
      const lazy = 'const __pressdeskLazyTable = (make) => { let table; return { get: (codePoint) => (table ??= make()).get(codePoint) }; };\n';
      return { contents: lazy + text, loader: 'js' };
    });
  },
};

/**
 * Bundles `entry` into `outdir/<name>.mjs` (emptying `outdir` first) and writes `outdir/inputs.json`, the repo's own
 * source files it was built from, which the scripts' staleness checks compare against. For CommonJS, `workers` maps
 * more programs' names to their entries, each bundled whole beside it as `<worker>.bundle.cjs` (worker threads' scripts).
 */
/**
 * pdf-lib imports an HTML parser (node-html-better-parser, with html-entities' 2,000 named references) for drawing
 * SVG and reading XFA forms, neither of which Pressdesk does, and sets it up when pdf-lib loads: ~10 ms of a cold PDF
 * export. pdf-lib's imports of it get a stand-in that loads the parser on first use instead.
 */
const lazyHtmlParser = (root) => ({
  name: 'lazy-html-parser',
  setup(build) {
    build.onResolve({ filter: /^node-html-better-parser$/ }, (args) =>
      /[\\/]@cantoo[\\/]pdf-lib[\\/]/.test(args.importer) ? { path: 'node-html-better-parser', namespace: 'lazy-html-parser' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-html-parser' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: [
        "let parser;",
        "const load = () => (parser ??= require('node-html-better-parser'));",
        'export const parse = (...args) => load().parse(...args);',
        'export const NodeType = new Proxy({}, { get: (_, key) => load().NodeType[key] });',
      ].join('\n'),
    }));
  },
});

/**
 * pdf-lib also imports html-entities itself, for `encode` in XMP and XFA text, which builds its tables of 2,000 named
 * references when it loads: ~10 ms of a cold PDF export whose XMP Pressdesk writes itself (structure/xmp.ts). pdf-lib's
 * imports of it get a stand-in that loads it on first use; if pdf-lib ever imports more than `encode` from it, esbuild
 * stops the build (no such export).
 */
const lazyHtmlEntities = (root) => ({
  name: 'lazy-html-entities',
  setup(build) {
    build.onResolve({ filter: /^html-entities$/ }, (args) =>
      /[\\/]@cantoo[\\/]pdf-lib[\\/]/.test(args.importer) ? { path: 'html-entities', namespace: 'lazy-html-entities' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-html-entities' }, () => ({
      resolveDir: root,
      loader: 'js',
      contents: "let entities;\nexport const encode = (...args) => (entities ??= require('html-entities')).encode(...args);\n",
    }));
  },
});

/** pdf-lib's and fontkit's imports of fflate get scripts/bundle-shims/fflate.cjs (Node's zlib); other code keeps fflate. */
const nativeZlibForDependencies = (root) => ({
  name: 'native-zlib-for-dependencies',
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, (args) =>
      /[\\/]@cantoo[\\/](pdf-lib|fontkit)[\\/]/.test(args.importer) ? { path: join(root, 'scripts/bundle-shims/fflate.cjs') } : undefined,
    );
  },
});

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
    plugins: [lazyFontkitTables, lazyHtmlParser(root), lazyHtmlEntities(root), nativeZlibForDependencies(root)],
    // Pure-JavaScript base64 and inflate, which linebreak runs over its class table at load, replaced by Node's own
    // (scripts/bundle-shims/): the same bytes, ~25 ms less of every cold PDF export. These bundles only run on Node.
    alias: {
      'base64-js': join(root, 'scripts/bundle-shims/base64-js.cjs'),
      'tiny-inflate': join(root, 'scripts/bundle-shims/tiny-inflate.cjs'),
    },
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
          // No comments or indentation: 3 MB instead of 5 to read at every start. Names are kept.
          minifyWhitespace: true,
          define: { 'import.meta.url': '__pressdeskModuleUrl' },
          banner: { js: "const __pressdeskModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
        },
  );
  if (format === 'cjs') for (const output of Object.keys(result.metafile.outputs)) await writeAscii(resolve(output));
  const sources = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  await writeFile(join(outdir, 'inputs.json'), JSON.stringify(sources));
}

/**
 * Rewrites a bundle's remaining non-ASCII characters (esbuild escapes them in strings, not in regular expressions)
 * as `\uXXXX` escapes, which mean the same there. One such character makes V8 hold the whole 3 MB source as two-byte
 * text, twice the memory to read and copy at every start.
 */
async function writeAscii(file) {
  const text = await readFile(file, 'utf8');
  const ascii = text.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) await writeFile(file, ascii);
}
