import type { Worker } from 'node:worker_threads';
import { PictureWorker } from '../export';
import { runExportCommand } from './export-command';

/**
 * The bundled program behind `npm run export` (scripts/build-cli.mjs), run by scripts/cli-loader.cjs with the picture
 * worker it started first (PictureWorker); without one (a partial build), pictures are loaded on this thread.
 */
export async function main(pictureWorker?: Worker): Promise<void> {
  const pictures = pictureWorker ? new PictureWorker(pictureWorker) : undefined;
  try {
    process.exitCode = await runExportCommand(
      process.argv.slice(2),
      {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
        cwd: process.env.INIT_CWD ?? process.cwd(),
      },
      // The worker is let go as soon as the pictures are in: its thread then ends while the PDF is drawn, not at exit.
      pictures ? { loadPicture: pictures.load, picturesDone: () => pictures.close() } : {},
    );
  } finally {
    pictures?.close();
  }
}
