import { parentPort } from 'node:worker_threads';
import { PressdeskError } from '../errors';
import { loadSharp } from '../images/sharp'; // a single module: see load-picture.ts
import { loadPicture } from './load-picture';
import type { PictureFailure, PictureReply, PictureRequest } from './picture-worker';

// The picture worker's program (PictureWorker in picture-worker.ts starts it; scripts/build-cli.mjs bundles it beside
// the command line). It answers each request with loadPicture's picture or error, in whatever order they finish.

const port = parentPort;
if (port === null) throw new Error('picture-worker-main runs as a worker thread: start it with PictureWorker.');

// Link libvips now, while the main thread is still loading the program and reading the project: the worker's point.
try {
  loadSharp();
} catch {
  // A sharp that cannot load fails each picture, with its reason, when normaliseImage asks for it again.
}

port.on('message', (request: PictureRequest) => {
  void loadPicture(request.projectDir, request.src, request.project).then(
    (image) => port.postMessage({ id: request.id, image } satisfies PictureReply),
    (error: unknown) => port.postMessage({ id: request.id, failure: describe(error) } satisfies PictureReply),
  );
});

function describe(error: unknown): PictureFailure {
  if (error instanceof PressdeskError) return { kind: 'problem', name: error.name, message: error.message };
  if (error instanceof Error) return { kind: 'bug', name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { kind: 'bug', name: 'Error', message: String(error) };
}
