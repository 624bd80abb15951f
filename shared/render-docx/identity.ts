/**
 * A number for each bytes object, the same for as long as the object lives. The kept parts (furniture-parts.ts,
 * font-table-parts.ts) are keyed by their pictures' and fonts' bytes this way: brand-assets.ts hands every export an
 * unchanged file's same bytes, and a changed file's new ones.
 */
const identities = new WeakMap<Uint8Array, number>();
let given = 0;

export const identityOf = (bytes: Uint8Array): number => {
  let found = identities.get(bytes);
  if (found === undefined) identities.set(bytes, (found = ++given));
  return found;
};
