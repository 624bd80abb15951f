import { randomUUID } from 'node:crypto';
import type { ProjectDraft } from '../ipc';

/*
 * The host's copy of the draft each editor last opened or saved, so project:patch can carry only what changed.
 *
 * Why a stale entry can only ever answer `{ stale: true }`, never cause a wrong save: an entry is the pair
 * (revision, draft), where `draft` is exactly the document the renderer held when it was told `revision` (the project
 * project:open sent it, or the draft project:save received from it). Revisions are random and never reused, so a
 * patch whose base matches was computed by that renderer against that very document, and applying it gives exactly
 * the renderer's current draft, the same document a full project:save would have carried. The patch path then saves
 * it exactly as project:save does, into the folder the name resolves to now. So whatever happened on disk meanwhile
 * (the project moved to the bin and restored, another window's save, a hand edit, another workspace chosen), the
 * patch writes what project:save would have written; nothing on disk is read to build it, so nothing there can make
 * it wrong. This is why the cache needs no invalidation from projects.ts and checks no mtime. What it must never do is
 * pair a revision with a document the renderer did not hold, which is why:
 *   - an entry changes only after a save succeeded (a failed one leaves the renderer's base, and ours, as they were);
 *   - entries are never changed in place (applyChanges copies what it touches), and the host owns what it keeps:
 *     the parsed request of a save (each transport delivers a fresh object), and a copy of what open sends (which
 *     an in-process caller may hold and change);
 *   - a second window on the same project simply replaces the entry, and the other window's next patch is stale.
 * The entries are per project folder path (a name in one workspace is not the same project in another; harmless
 * either way, as above), and only the few most recent are kept, so the host holds a few drafts, not every one opened.
 */

export interface CachedDraft {
  readonly revision: string;
  readonly draft: ProjectDraft;
}

export interface DraftCache {
  /** The entry for a project folder, if any. */
  get(key: string): CachedDraft | undefined;
  /** Keeps `draft` as the folder's current draft under a new revision, and returns that revision. */
  remember(key: string, draft: ProjectDraft): string;
}

/** Drafts kept at once: the projects open in recent editors; a project evicted answers its next patch `stale`. */
export const DRAFT_CACHE_SIZE = 8;

export function createDraftCache(size = DRAFT_CACHE_SIZE, newRevision: () => string = randomUUID): DraftCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, CachedDraft>();
  return {
    get(key) {
      return entries.get(key);
    },
    remember(key, draft) {
      const revision = newRevision();
      entries.delete(key);
      entries.set(key, { revision, draft });
      while (entries.size > size) entries.delete(entries.keys().next().value!);
      return revision;
    },
  };
}
