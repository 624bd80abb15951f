/**
 * Settles like `work`, or rejects with `onTimeout()` after `ms`, whichever comes first. The timer is always
 * cleared, so a finished job leaves nothing behind to keep the process alive.
 *
 * This stops the *wait*, not the work: a promise cannot be cancelled. Callers that own cancellable work
 * should also stop it themselves (normaliseImage sets sharp's own timeout for that).
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    // race() subscribes to `work`, so if it rejects after the timer has won, that rejection is handled.
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
