import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh per-run secret: 32 random bytes as hex. */
export const newSecret = (): string => randomBytes(32).toString('hex');

/** What newSecret makes: the first path segment of every address the web host serves. */
export const SECRET_FORMAT = /^[0-9a-f]{64}$/;

/**
 * True when `given` is the secret, compared in constant time. Both sides are hashed first so that the comparison
 * takes as long whatever the length of `given` (timingSafeEqual itself throws on different lengths).
 */
export function isSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}
