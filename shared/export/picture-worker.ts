import { Worker } from 'node:worker_threads';
import type { ImageData } from '../doc-tree';
import { PressdeskError } from '../errors';
import type { LoadPicture } from './load-picture';

/**
 * A project's pictures loaded on a thread of their own: the command line's main thread never loads sharp (libvips
 * takes about 80 ms to link) nor waits while a picture is read and decoded, and sets up the renderers meanwhile, on
 * the machine's other core. The worker runs `loadPicture` itself (picture-worker-main.ts), so a picture gets the same
 * checks, limits and messages as in the app.
 */
export class PictureWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { readonly resolve: (image: ImageData) => void; readonly reject: (error: Error) => void }>();
  private nextId = 0;
  /** Why the worker stopped, once it has: every later request fails with it. */
  private stopped: Error | undefined;

  /**
   * Takes the worker running picture-worker-main.ts (bundled as out/cli/pressdesk-pictures.bundle.cjs), or starts it
   * from that script. The command line's loader starts it before anything else, so sharp is loaded by the first picture.
   */
  constructor(worker: Worker | string | URL) {
    this.worker = worker instanceof Worker ? worker : new Worker(worker);
    // Idle, the worker must not keep the process alive; `load` holds it while a picture is on its way.
    this.worker.unref();
    this.worker.on('message', (reply: PictureReply) => this.settle(reply));
    this.worker.on('error', (error) => this.stop(new Error(`The picture worker failed: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => this.stop(new Error(`The picture worker stopped (exit code ${code}).`)));
  }

  /** `loadPicture`, on the worker: the same picture out, or the same error message. Asked at once, not on a later tick. */
  load: LoadPicture = (projectDir, src, project) =>
    new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      const request: PictureRequest = { id, projectDir, src, project };
      this.worker.postMessage(request);
    });

  /** Stops the worker; pictures still on their way fail. Not waited for: the thread ends on its own time (~15 ms). */
  close(): void {
    this.stop(new Error('The picture worker was closed.'));
    void this.worker.terminate();
  }

  private settle(reply: PictureReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if ('image' in reply) waiting.resolve(reply.image);
    else waiting.reject(reply.failure.kind === 'problem' ? new PictureProblem(reply.failure.name, reply.failure.message) : unexpected(reply.failure));
  }

  private stop(reason: Error): void {
    this.stopped ??= reason;
    for (const waiting of this.pending.values()) waiting.reject(this.stopped);
    this.pending.clear();
  }
}

/**
 * A picture problem found on the worker: the worker's PressdeskError (a missing file, a damaged picture…) as the user
 * sees it, its message (which names the project and the picture and says what to do) and its class name intact.
 */
export class PictureProblem extends PressdeskError {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** A bug on the worker, rethrown here with the worker's stack so it is reported as any other bug. */
function unexpected(failure: Extract<PictureFailure, { kind: 'bug' }>): Error {
  const error = new Error(failure.message);
  error.name = failure.name;
  if (failure.stack !== undefined) error.stack = failure.stack;
  return error;
}

/** What the main thread sends: which picture of which project. */
export interface PictureRequest {
  readonly id: number;
  readonly projectDir: string;
  readonly src: string;
  readonly project: string;
}

/** A problem written for the user (a PressdeskError), or anything else (a bug). */
export type PictureFailure =
  | { readonly kind: 'problem'; readonly name: string; readonly message: string }
  | { readonly kind: 'bug'; readonly name: string; readonly message: string; readonly stack?: string };

/** What the worker answers: the picture, or why not. */
export type PictureReply = { readonly id: number; readonly image: ImageData } | { readonly id: number; readonly failure: PictureFailure };
