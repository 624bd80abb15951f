import type { PDFRef } from '@cantoo/pdf-lib';

/*
 * PDF source written as text where pdf-lib's objects, built and serialised piece by piece, cost too much on a long
 * document: content-stream operands (text/draw-line.ts) and dictionaries (structure/: structure elements, link
 * annotations, bookmarks). What is written here is ASCII.
 */

/** A number as PDF source: at most 3 decimals (1/1000 pt is far below any device's resolution), no exponent. */
export const numberText = (value: number): string => {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/** An indirect reference as PDF source: "12 0 R". */
export const refText = (ref: PDFRef): string => `${ref.objectNumber} ${ref.generationNumber} R`;

const ascii = new TextEncoder();

/** PDF source (ASCII: text strings are hex, URIs percent-encoded) as the bytes pdf-lib writes (PDFInvalidObject). */
export const asciiBytes = (source: string): Uint8Array => ascii.encode(source);
