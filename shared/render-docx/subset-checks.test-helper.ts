import { expect } from 'vitest';
import type { FontReading } from '../testing/readers';
import { EDITING_REPERTOIRE } from './font-subset';

const codePoint = (character: string): number => character.codePointAt(0)!;

/**
 * What the subset of a font embedded for a document must hold, both read with fontconfig (readFont): every character
 * of the editing repertoire and of `shown` (the document's text as a reader gives it) that the font has, each of
 * `kept`, and none of `dropped`, which the font has and the document does not use.
 */
export function expectSubsetFor(original: FontReading, subset: FontReading, { shown, kept, dropped }: { readonly shown: string; readonly kept: string; readonly dropped: string }): void {
  const missing = [...new Set([...EDITING_REPERTOIRE, ...[...shown].map(codePoint)])].filter((c) => original.codePoints.has(c) && !subset.codePoints.has(c));
  expect(missing.map((c) => String.fromCodePoint(c))).toEqual([]);
  for (const character of kept) expect(subset.codePoints.has(codePoint(character)), character).toBe(true);
  for (const character of dropped) {
    expect(original.codePoints.has(codePoint(character)), character).toBe(true);
    expect(subset.codePoints.has(codePoint(character)), character).toBe(false);
  }
}
