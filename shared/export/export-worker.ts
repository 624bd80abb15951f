import { Worker } from 'node:worker_threads';
import type { ImageData } from '../doc-tree';
import { PressdeskError } from '../errors';
import type { LoadPicture } from './load-picture';

/**
 * The command line's second thread, on the machine's other core, for work an export can hand over:
 * - **Pictures.** The main thread never loads sharp (libvips takes about 80 ms to link) nor waits while a picture is
 *   read and decoded, and sets up the renderers meanwhile. The worker runs `loadPicture` itself
 *   (export-worker-main.ts), so a picture gets the same checks, limits and messages as in the app.
 * - **Page content compression.** Each PDF page's content is deflated there while the main thread draws the next
 *   pages (renderPdf's `deflatePages`): about 30 ms of a cold 100-page export's main thread.
 */
export class ExportWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { readonly settle: (reply: WorkerReply) => void; readonly reject: (error: Error) => void }>();
  private nextId = 0;
  /** Why the worker stopped, once it has: every later request fails with it. */
  private stopped: Error | undefined;

  /**
   * Takes the worker running export-worker-main.ts (bundled as out/cli/pressdesk-worker.bundle.cjs), or starts it from
   * that script. The command line's loader starts it before anything else, so sharp is loaded by the first picture.
   */
  constructor(worker: Worker | string | URL) {
    this.worker = worker instanceof Worker ? worker : new Worker(worker);
    // Idle, the worker must not keep the process alive; a request holds it while it is on its way.
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.stop(new Error(`The export worker failed: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => this.stop(new Error(`The export worker stopped (exit code ${code}).`)));
  }

  /** `loadPicture`, on the worker: the same picture out, or the same error message. Asked at once, not on a later tick. */
  load: LoadPicture = (projectDir, src, project) =>
    this.ask({ kind: 'picture', projectDir, src, project }, (reply) => {
      if ('image' in reply) return reply.image;
      throw new Error('The export worker answered a picture with something else.');
    });

  /**
   * The bytes in the zlib format (Node's deflateSync, as PDF_OPTIONS compresses here). The bytes are copied to the
   * worker, not moved: the caller still has them if the worker fails.
   */
  deflate = (bytes: Uint8Array): Promise<Uint8Array> =>
    this.ask({ kind: 'deflate', bytes }, (reply) => {
      if ('deflated' in reply) return reply.deflated;
      throw new Error('The export worker answered a compression with something else.');
    });

  /** Stops the worker; requests still on their way fail. Not waited for: the thread ends on its own time (~15 ms). */
  close(): void {
    this.stop(new Error('The export worker was closed.'));
    void this.worker.terminate();
  }

  private ask<T>(request: DistributiveOmit<WorkerRequest, 'id'>, read: (reply: WorkerReply) => T): Promise<T> {
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      const id = this.nextId++;
      this.pending.set(id, {
        settle: (reply) => {
          try {
            if ('failure' in reply) throw reply.failure.kind === 'problem' ? new PictureProblem(reply.failure.name, reply.failure.message) : unexpected(reply.failure);
            resolve(read(reply));
          } catch (error) {
            reject(error as Error);
          }
        },
        reject,
      });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    waiting.settle(reply);
  }

  private stop(reason: Error): void {
    this.stopped ??= reason;
    for (const waiting of this.pending.values()) waiting.reject(this.stopped);
    this.pending.clear();
  }
}

/**
 * A problem found on the worker: the worker's PressdeskError (a missing file, a damaged picture…) as the user
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
function unexpected(failure: Extract<WorkerFailure, { kind: 'bug' }>): Error {
  const error = new Error(failure.message);
  error.name = failure.name;
  if (failure.stack !== undefined) error.stack = failure.stack;
  return error;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What the main thread sends: which picture of which project, or bytes to compress. */
export type WorkerRequest =
  | { readonly kind: 'picture'; readonly id: number; readonly projectDir: string; readonly src: string; readonly project: string }
  | { readonly kind: 'deflate'; readonly id: number; readonly bytes: Uint8Array };

/** A problem written for the user (a PressdeskError), or anything else (a bug). */
export type WorkerFailure =
  | { readonly kind: 'problem'; readonly name: string; readonly message: string }
  | { readonly kind: 'bug'; readonly name: string; readonly message: string; readonly stack?: string };

/** What the worker answers: the picture, the compressed bytes, or why not. */
export type WorkerReply =
  | { readonly id: number; readonly image: ImageData }
  | { readonly id: number; readonly deflated: Uint8Array }
  | { readonly id: number; readonly failure: WorkerFailure };
