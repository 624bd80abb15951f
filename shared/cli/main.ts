import { runExportCommand } from './export-command';

// The bundled entry point of `npm run export` (scripts/build-cli.mjs).
process.exitCode = await runExportCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
