/**
 * When to save: about `quietMs` after typing stops, and at least every `maxWaitMs` while it goes on, so closing or
 * killing the app loses at most the last second. Saves never overlap: while one is in flight, later changes wait and
 * only the newest is sent after it. No React here, and the clock is injectable, so the rules are tested alone.
 */
import type { IpcResult } from '../../../shared/ipc';

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

/** An answer of the contract's shape; taken by this module's callers, so it needs neither React nor the client. */
export type Answer<T> = IpcResult<T>;

/** What the host said about the draft it holds: the revision a patch may name as its base. */
export interface SavedRevision {
  readonly revision: string;
}

export interface IncrementalSaveOptions<D, S extends SavedRevision, C> {
  /** The whole draft (project:save). */
  readonly full: (draft: D) => Promise<Answer<S>>;
  /** Only the changes since the draft saved as `base` (project:patch); `stale` when the host no longer holds it. */
  readonly patch: (base: string, changes: C) => Promise<Answer<S | { readonly stale: true }>>;
  /** The changes from the draft saved to the draft now, or null to save the whole draft (draft-diff.ts). */
  readonly diff: (saved: D, current: D) => C | null;
}

/**
 * How each save is sent: the changes since the last draft the host confirmed (a patch) when there is one, the whole
 * draft otherwise. After a successful open or save it remembers the host's revision and the very draft object it
 * was about, which the diff compares the next draft with. Anything short of a saved patch (stale, a diff that gives
 * up, a refusal, a lost connection) falls back to the whole draft in the same save, so a patch is only ever a
 * shortcut: what is kept, and every message the user sees, is as project:save gives them.
 *
 * The remembered pair changes only when the host confirmed it, so it always names a draft the host received. The
 * Autosaver calls `save` one at a time, so there is never a second save racing to update it.
 */
export class IncrementalSave<D, S extends SavedRevision, C> {
  private base: { readonly revision: string; readonly draft: D } | null = null;

  constructor(private readonly options: IncrementalSaveOptions<D, S, C>) {}

  /** The draft as project:open gave it, and its revision. */
  opened(revision: string, draft: D): void {
    this.base = { revision, draft };
  }

  async save(draft: D): Promise<Answer<S>> {
    const base = this.base;
    const changes = base === null ? null : this.options.diff(base.draft, draft);
    if (base !== null && changes !== null) {
      const answer = await this.options.patch(base.revision, changes).catch(() => null);
      if (answer?.ok === true && !('stale' in answer.value)) {
        this.base = { revision: answer.value.revision, draft };
        return { ok: true, value: answer.value };
      }
    }
    const answer = await this.options.full(draft);
    if (answer.ok) this.base = { revision: answer.value.revision, draft };
    return answer;
  }
}
