// Preloaded with `node --import` by the bench: prints the process's peak resident memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
