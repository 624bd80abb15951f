import { folderKey } from './folder-key';

/**
 * The project.json bytes this process last read or wrote for each folder, which the model has already
 * accepted, with the project's id. Checking a few-hundred-KB project takes tens of milliseconds on the main process,
 * so a save skips re-checking (and re-parsing) the file it is about to back up when those bytes are unchanged since
 * we validated them.
 */
const known = new Map<string, { readonly bytes: Uint8Array; readonly id: string }>();

export function rememberGood(dir: string, bytes: Uint8Array, id: string): void {
  known.set(folderKey(dir), { bytes, id });
}

/** The id of the project in `bytes` when they are the bytes last accepted for `dir`; undefined otherwise. */
export function knownGoodId(dir: string, bytes: Uint8Array): string | undefined {
  const good = known.get(folderKey(dir));
  return good !== undefined && Buffer.compare(good.bytes, bytes) === 0 ? good.id : undefined;
}
