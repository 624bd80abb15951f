import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImageData } from '../doc-tree';
import { normaliseImage } from '../images';
import { readAsset, type AssetKind } from '../storage';

/** Pictures kept decoded; each is at most print size (2000 px), so this bounds the cache near 100 × 12 MB at worst. */
const MAX_ENTRIES = 100;

interface Entry {
  /** The file's modification time and size: a picture replaced on disk is decoded again. */
  readonly stamp: string;
  readonly image: Promise<ImageData>;
}

/**
 * Normalised pictures for the preview, by project folder and path, so typing does not decode the same photo on
 * every refresh. Failures are kept too (a bad file fails fast the next time), until the file changes.
 */
export class PictureCache {
  readonly #entries = new Map<string, Entry>();

  async load(dir: string, project: string, src: string, kind: AssetKind): Promise<ImageData> {
    const key = `${dir}\0${src}`;
    const info = await stat(path.join(dir, ...src.split('/'))).catch(() => undefined);
    const stamp = info ? `${info.mtimeMs}:${info.size}` : 'missing';
    const cached = this.#entries.get(key);
    if (cached?.stamp === stamp && stamp !== 'missing') {
      // Refresh its place, so the least recently used goes first.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached.image;
    }
    const image = readAsset(dir, src, kind).then((bytes) => normaliseImage(bytes, { name: src, project }));
    image.catch(() => undefined);
    this.#entries.set(key, { stamp, image });
    while (this.#entries.size > MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value as string);
    return image;
  }
}
