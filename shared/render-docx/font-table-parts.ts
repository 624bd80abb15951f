import type { FontFile, Theme } from '../doc-tree';
import { stableFont } from './font-parts';
import { identityOf } from './identity';
import { KeptCache } from './kept-cache';

/*
 * The font table written once per set of brand fonts. To embed fonts docx builds the table with a random key for each
 * face, obfuscates each face and turns on w:embedTrueTypeFonts in settings.xml; font-parts.ts then puts back each
 * face's stable key and font. So at every export with the same fonts the same three parts come out, at a cost. The
 * first export with some fonts keeps them, and the part each font went to (`remember`); later exports give docx no
 * fonts, and packDocx writes the kept parts over the ones docx wrote without them and puts each font in its part
 * (`keptFontParts`). The first export costs nothing extra.
 */

/** The parts docx writes differently when it embeds fonts. */
const KEPT_PATHS = ['word/fontTable.xml', 'word/_rels/fontTable.xml.rels', 'word/settings.xml'] as const;

export interface KeptFontTable {
  /** Encoded once: the zip then deflates each once too (pack.ts keeps what it made of a part). */
  readonly parts: readonly (readonly [string, Uint8Array])[];
  /** Where each font went: its part, and the font (by identity, see identity.ts). */
  readonly faces: readonly { readonly path: string; readonly font: number }[];
}

const cache = new KeptCache<KeptFontTable>();
const encoder = new TextEncoder();

const brandFonts = (theme: Theme): FontFile[] => [theme.fontFiles?.heading, theme.fontFiles?.body].filter((file): file is FontFile => file !== undefined);

/**
 * Everything the parts depend on: each role's font as embedded (its bytes, by identity, which give it its stable key:
 * renderDocx passes the theme with each font's subset for the document, font-subset.ts; its family; whether it is
 * bold or italic). settings.xml depends only on there being fonts: renderDocx sets nothing else in it.
 */
const keyOf = (theme: Theme): string =>
  JSON.stringify([theme.fontFiles?.heading, theme.fontFiles?.body].map((file) => (file === undefined ? null : [identityOf(file.bytes), file.family, file.bold, file.italic])));

export const fontTableCache = {
  cached(theme: Theme): KeptFontTable | undefined {
    return cache.get(keyOf(theme));
  },

  /** Keeps the parts of a package whose fonts font-parts.ts has put back, when all of them are found. */
  remember(theme: Theme, files: ReadonlyMap<string, string | Uint8Array>): void {
    const parts: [string, Uint8Array][] = [];
    for (const path of KEPT_PATHS) {
      const data = files.get(path);
      if (typeof data !== 'string') return;
      parts.push([path, encoder.encode(data)]);
    }
    const fonts = brandFonts(theme);
    const faces: { path: string; font: number }[] = [];
    for (const [path, data] of files) {
      if (!path.startsWith('word/fonts/')) continue;
      const font = fonts.find((file) => stableFont(file.bytes).part === data);
      if (font === undefined) return;
      faces.push({ path, font: identityOf(font.bytes) });
    }
    cache.set(keyOf(theme), { parts, faces });
  },
};

/**
 * The kept parts, and each font's part with the font in it: its obfuscated copy, the same bytes at every export
 * (font-parts.ts).
 */
export const keptFontParts = (kept: KeptFontTable, theme: Theme): (readonly [string, Uint8Array])[] => {
  // The cache's key holds each font's identity, so every kept face's font is one of the theme's.
  const byIdentity = new Map(brandFonts(theme).map((file) => [identityOf(file.bytes), file.bytes]));
  return [...kept.parts, ...kept.faces.map(({ path, font }) => [path, stableFont(byIdentity.get(font)!).part] as const)];
};
