import { folderKey } from './folder-key';

/**
 * The project.json bytes this process last read or wrote for each folder, which the model has already
 * accepted. Checking a few-hundred-KB project takes tens of milliseconds on the main process, so a save
 * skips re-checking the file it is about to back up when those bytes are unchanged since we validated them.
 */
const known = new Map<string, Uint8Array>();

export function rememberGood(dir: string, bytes: Uint8Array): void {
  known.set(folderKey(dir), bytes);
}

export function isKnownGood(dir: string, bytes: Uint8Array): boolean {
  const good = known.get(folderKey(dir));
  return good !== undefined && Buffer.compare(good, bytes) === 0;
}
