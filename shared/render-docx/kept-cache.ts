/** A workspace has a handful of brands, each with a draft and an approved state. */
const MAX_KEPT = 32;

/**
 * What render-docx keeps from one export to the next (theme parts, headers and footers, font tables, font subsets),
 * by a key each cache makes of everything its entries depend on. Emptied when full, rather than tracking which entry
 * is oldest: rebuilding costs one slower export.
 */
export class KeptCache<V> {
  private readonly entries = new Map<string, V>();

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= MAX_KEPT) this.entries.clear();
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
