import { readdir, readFile, stat } from 'node:fs/promises';
import { errorCode } from './fs-problem';

/** A file's bytes, or undefined when there is no such file; any other failure is thrown. */
export async function readIfPresent(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** True when `dir` exists and is a folder. */
export async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    throw error;
  }
}

/** The names in a folder, or none when it cannot be listed; for hints in messages, which must not fail. */
export async function namesIn(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}
