import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './fs-problem';

/**
 * Makes a new folder `base`, or `base-2`, `base-3`… if taken, and returns its path. Creating is the test for
 * "taken" (mkdir fails with EEXIST), so two windows creating "Harbour wall" at once still get two folders,
 * and a name that differs only in case counts as taken on Windows and macOS, where it is.
 */
export async function makeUniqueFolder(parent: string, base: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const dir = path.join(parent, attempt === 1 ? base : `${base}-${attempt}`);
    try {
      await mkdir(dir);
      return dir;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}
