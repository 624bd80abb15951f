import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from '@cantoo/pdf-lib';
import { TextEngine } from './text-engine';
import type { FontFiles } from './types';

const FONTS = fileURLToPath(new URL('../../../resources/fonts/', import.meta.url));
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(`${FONTS}${name}.ttf`));

/** The bundled fonts, read once (the engine's caches key on these very arrays). */
export const bundledFonts: FontFiles = {
  regular: read('LiberationSans-Regular'),
  bold: read('LiberationSans-Bold'),
  italic: read('LiberationSans-Italic'),
  boldItalic: read('LiberationSans-BoldItalic'),
  fallback: read('DejaVuSans'),
  fallbackBold: read('DejaVuSans-Bold'),
};

/** A fresh document and its engine. */
export const newEngine = async (): Promise<{ pdf: PDFDocument; engine: TextEngine }> => {
  const pdf = await PDFDocument.create();
  return { pdf, engine: await TextEngine.create(pdf, bundledFonts) };
};
