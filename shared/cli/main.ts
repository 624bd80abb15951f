import { runExportCommand } from './export-command';

// The bundled program behind `npm run export` (scripts/build-cli.mjs, started by scripts/cli-loader.cjs).
export const finished = runExportCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
}).then((status) => {
  process.exitCode = status;
});
