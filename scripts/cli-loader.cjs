'use strict';
// The command line's entry point, copied to out/cli/pressdesk-export.cjs by scripts/build-cli.mjs.
//
// 1. It starts the export worker (pressdesk-worker.bundle.cjs, shared/export/export-worker-main.ts) before
//    anything else, so the worker links libvips on the machine's other core while this thread loads the program.
// 2. It runs the bundled program (pressdesk-export.bundle.cjs) with V8's code cache made at build time
//    (pressdesk-export.bundle.cjs.cache): V8 then neither parses the 3 MB bundle nor compiles the functions an
//    export runs, about a fifth of a cold start. Node 22 can do this itself (module.enableCompileCache); Pressdesk
//    supports Node 20. A cache made by another Node or V8 version is rejected by V8 and the bundle compiles as usual.
//    PRESSDESK_REPORT_CODE_CACHE=1 makes it say on stderr whether V8 accepted the cache (a test asks).
// 3. Once the cache is read, it lets V8 optimise less eagerly. V8 hands a function to TurboFan, on a background
//    thread, once it has run 66 KB of bytecode. That suits a page or a server; in a one-second export it compiles
//    ~0.55 s of CPU in the background, which on a two-core desktop takes turns with the export and its worker. Four
//    times the budget optimises only the functions that run longest: ~0.3 s less CPU, ~8% less wall time for 100
//    pages, ~6% for the seed (docs/DECISIONS.md). It is set after the cache is read because V8's check of a cache
//    covers its flags, and not in the run that writes the cache, for the same reason. Measured on Node 20's V8
//    (11.3) only: later V8s tier up differently (Maglev) and keep their own defaults.
const { existsSync, readFileSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');
const { Worker } = require('node:worker_threads');

const workerScript = join(__dirname, 'pressdesk-worker.bundle.cjs');
const worker = existsSync(workerScript) ? new Worker(workerScript) : undefined;

const bundle = join(__dirname, 'pressdesk-export.bundle.cjs');
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined; // no cache (not built yet): compile as usual
}
// The bundle is ASCII (scripts/bundle-node.mjs writes it so), which reads the same as Latin-1, and Latin-1 is read
// without UTF-8 decoding: ~4 ms of 3 MB.
const script = new vm.Script(Module.wrap(readFileSync(bundle, 'latin1')), { filename: bundle, cachedData });
const writingCache = process.env.PRESSDESK_WRITE_CODE_CACHE === '1';
if (process.env.PRESSDESK_REPORT_CODE_CACHE === '1') process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
// 3. above: 66 KB is V8's default budget; 264 KB is four times it.
if (!writingCache && process.versions.v8.startsWith('11.3.')) require('node:v8').setFlagsFromString('--interrupt-budget=270336');
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, Module.createRequire(bundle), module_, bundle, __dirname);
const finished = module_.exports.main(worker);

// scripts/build-cli.mjs runs an export with this set, after which the cache holds every function it compiled.
if (writingCache) {
  finished.then(() => {
    writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    renameSync(`${cacheFile}.tmp`, cacheFile);
  });
} else {
  // The work done and its files written, the command exits once its messages have gone out, rather than taking down
  // V8's heap page by page as a natural exit does (~20 ms after a 100-page PDF). A failure (a bug) is not caught here:
  // Node reports it and exits with 1 as usual.
  const flushed = (stream) => new Promise((resolve) => stream.write('', resolve));
  finished.then(() => Promise.all([flushed(process.stdout), flushed(process.stderr)])).then(() => process.exit());
}
