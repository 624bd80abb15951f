/**
 * When to save: about `quietMs` after typing stops, and at least every `maxWaitMs` while it goes on, so closing or
 * killing the app loses at most the last second. Saves never overlap: while one is in flight, later changes wait and
 * only the newest is sent after it. No React here, and the clock is injectable, so the rules are tested alone.
 */

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutosaverOptions<T> {
  /** Sends one version; resolves true when it was written (to the project or its draft), false when it failed. */
  readonly save: (item: T) => Promise<boolean>;
  readonly quietMs?: number;
  readonly maxWaitMs?: number;
  readonly timers?: Timers;
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Autosaver<T> {
  private readonly save: (item: T) => Promise<boolean>;
  private readonly quietMs: number;
  private readonly maxWaitMs: number;
  private readonly timers: Timers;
  /** The newest version not yet sent. */
  private pending: T | null = null;
  /** The last version that failed, for retry. */
  private failed: T | null = null;
  private inFlight: Promise<void> | null = null;
  private lastOk = true;
  /** A timer fired during a save: send the newest version as soon as that save ends. */
  private due = false;
  private quietTimer: unknown = null;
  private maxTimer: unknown = null;

  constructor(options: AutosaverOptions<T>) {
    this.save = options.save;
    this.quietMs = options.quietMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
    this.timers = options.timers ?? browserTimers;
  }

  /** A new version to save: restarts the quiet timer, and starts the at-most-this-long timer if it is not running. */
  change(item: T): void {
    this.pending = item;
    this.failed = null;
    if (this.quietTimer !== null) this.timers.clearTimeout(this.quietTimer);
    this.quietTimer = this.timers.setTimeout(() => this.run(), this.quietMs);
    if (this.maxTimer === null) this.maxTimer = this.timers.setTimeout(() => this.run(), this.maxWaitMs);
  }

  /** True when a newer version than the one in flight is waiting to be sent. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  /** True while something typed is not yet saved (waiting or in flight). */
  get busy(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  /**
   * Saves the newest version now and waits for every save to finish. Resolves whether the last one succeeded. Starts
   * the save synchronously, so it also works from `beforeunload`, which cannot wait.
   */
  async flush(): Promise<boolean> {
    this.clearTimers();
    while (this.inFlight !== null || this.pending !== null) {
      if (this.inFlight === null) this.run();
      if (this.inFlight !== null) await this.inFlight;
    }
    return this.lastOk;
  }

  /** Sends the version that failed last again (the "Try again" button). */
  retry(): Promise<boolean> {
    if (this.pending === null && this.failed !== null) this.pending = this.failed;
    this.failed = null;
    return this.flush();
  }

  /** Stops the timers; a save in flight still finishes. */
  dispose(): void {
    this.clearTimers();
  }

  private clearTimers(): void {
    if (this.quietTimer !== null) this.timers.clearTimeout(this.quietTimer);
    if (this.maxTimer !== null) this.timers.clearTimeout(this.maxTimer);
    this.quietTimer = null;
    this.maxTimer = null;
  }

  private run(): void {
    this.clearTimers();
    if (this.inFlight !== null) {
      this.due = true;
      return;
    }
    const item = this.pending;
    if (item === null) return;
    this.pending = null;
    this.due = false;
    this.inFlight = this.save(item)
      .catch(() => false)
      .then((ok) => {
        this.lastOk = ok;
        if (!ok && this.pending === null) this.failed = item;
      })
      .finally(() => {
        this.inFlight = null;
        if (this.due && this.pending !== null) this.run();
      });
  }
}
