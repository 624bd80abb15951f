import path from 'node:path';
import { createFileDurably } from './durable-write';
import { errorCode } from './fs-problem';

const KEPT_ASIDE = /^project\.corrupt-.+\.json$/;

/** `project.corrupt-2026-11-26T03-40-00Z.json`, then `…-2.json`; colons are not allowed in Windows file names. */
export function keptAsideName(at: Date, attempt = 1): string {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return `project.corrupt-${stamp}${attempt > 1 ? `-${attempt}` : ''}.json`;
}

/** True for the name of a damaged project.json that was kept aside. */
export const isKeptAsideName = (name: string): boolean => KEPT_ASIDE.test(name);

/**
 * Saves a copy of a damaged project.json's bytes under a new name in the project folder and returns that name.
 * A copy made with exclusive create, not a rename: rename silently replaces an earlier kept-aside file on
 * macOS and Linux, and copying leaves project.json in place until the caller replaces or removes it.
 */
export async function keepAside(dir: string, bytes: Uint8Array, at: Date): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const name = keptAsideName(at, attempt);
    try {
      await createFileDurably(path.join(dir, name), bytes);
      return name;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}
