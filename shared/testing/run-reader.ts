import { spawn } from 'node:child_process';
import { MissingReaderError, ReaderFailedError } from './reader-errors';

export interface RunOptions {
  readonly timeoutMs?: number;
  /** Name to use in a MissingReaderError. */
  readonly reader: string;
  /** Exit codes other than 0 that still mean success (qpdf exits 3 when it only has warnings). */
  readonly okExitCodes?: readonly number[];
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a reader program; a missing program is a MissingReaderError, a failure a ReaderFailedError with its output.
 * The program gets a process group of its own, and a timeout kills the whole group: `soffice` is a shell script
 * that starts soffice.bin, which would outlive a kill of the script alone.
 */
export const run = (file: string, args: readonly string[], { timeoutMs = 60_000, reader, okExitCodes = [] }: RunOptions): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(file, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new MissingReaderError(reader) : new ReaderFailedError(`${reader} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      if (!timedOut && code !== null && (code === 0 || okExitCodes.includes(code))) return resolve({ stdout: out, stderr: err });
      const why = timedOut ? `timed out after ${timeoutMs / 1000} s` : `exited with ${String(code ?? signal)}`;
      reject(new ReaderFailedError(`${reader} ${why}: ${[err.trim(), out.trim()].filter(Boolean).join('\n')}`));
    });
  });
