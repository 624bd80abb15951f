import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { PressdeskError } from '../errors';
import { loadSharp } from '../images/sharp'; // a single module: see load-picture.ts
import { loadPicture } from './load-picture';
import type { WorkerFailure, WorkerReply, WorkerRequest } from './export-worker';

// The export worker's program (ExportWorker in export-worker.ts starts it; scripts/build-cli.mjs bundles it beside the
// command line). It answers each request, in whatever order they finish: a picture with loadPicture's picture or error,
// bytes to compress with Node's deflateSync of them.

const port = parentPort;
if (port === null) throw new Error('export-worker-main runs as a worker thread: start it with ExportWorker.');

// Link libvips now, while the main thread is still loading the program and reading the project: the worker's point.
try {
  loadSharp();
} catch {
  // A sharp that cannot load fails each picture, with its reason, when normaliseImage asks for it again.
}

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'deflate') {
    let reply: WorkerReply;
    try {
      reply = { id: request.id, deflated: deflateSync(request.bytes) };
    } catch (error) {
      reply = { id: request.id, failure: describe(error) };
    }
    port.postMessage(reply);
    return;
  }
  void loadPicture(request.projectDir, request.src, request.project).then(
    (image) => port.postMessage({ id: request.id, image } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: request.id, failure: describe(error) } satisfies WorkerReply),
  );
});

function describe(error: unknown): WorkerFailure {
  if (error instanceof PressdeskError) return { kind: 'problem', name: error.name, message: error.message };
  if (error instanceof Error) return { kind: 'bug', name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) };
  return { kind: 'bug', name: 'Error', message: String(error) };
}
