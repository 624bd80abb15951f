import { parentPort } from 'node:worker_threads';
import { PressdeskError } from '../errors';
import type { ImageFailure, ImageReply, ImageRequest } from './image-worker';
import { normaliseImage } from './normalise-image';
import { loadSharp } from './sharp';

// The picture worker's program (ImageWorker in image-worker.ts starts it; scripts/build-cli.mjs bundles it beside the
// command line). It answers each request with normaliseImage's picture or error, in whatever order they finish.

const port = parentPort;
if (port === null) throw new Error('image-worker-main runs as a worker thread: start it with ImageWorker.');

// Link libvips now, while the main thread is still loading the program and reading the project: the worker's point.
try {
  loadSharp();
} catch {
  // A sharp that cannot load fails each picture, with its reason, when normaliseImage asks for it again.
}

port.on('message', (request: ImageRequest) => {
  void normaliseImage(request.bytes, request.options).then(
    (image) => port.postMessage({ id: request.id, image } satisfies ImageReply),
    (error: unknown) => port.postMessage({ id: request.id, failure: describe(error) } satisfies ImageReply),
  );
});

function describe(error: unknown): ImageFailure {
  if (error instanceof PressdeskError) return { kind: 'problem', name: error.name, message: error.message };
  if (error instanceof Error) return { kind: 'bug', name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { kind: 'bug', name: 'Error', message: String(error) };
}
