'use strict';
// Preloaded with `node -r` by the bench: prints the process's peak resident memory when it exits. CommonJS, so timing
// the command does not also start Node's ES module loader, which `--import` would (about 10 ms of every cold run).
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
