import type { Worker } from 'node:worker_threads';
import { ExportWorker } from '../export';
import { runExportCommand } from './export-command';

/**
 * The bundled program behind `npm run export` (scripts/build-cli.mjs), run by scripts/cli-loader.cjs with the export
 * worker it started first (ExportWorker); without one (a partial build), everything is done on this thread.
 */
export async function main(started?: Worker): Promise<void> {
  const worker = started ? new ExportWorker(started) : undefined;
  try {
    process.exitCode = await runExportCommand(
      process.argv.slice(2),
      {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        cwd: process.env.INIT_CWD ?? process.cwd(),
      },
      // The worker is let go as soon as the export is done with it: its thread then ends while the files are written,
      // not at exit.
      worker ? { loadPicture: worker.load, deflatePages: worker.deflate, workerDone: () => worker.close() } : {},
    );
  } finally {
    worker?.close();
  }
}
