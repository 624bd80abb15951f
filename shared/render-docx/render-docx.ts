import { Document } from 'docx';
import { canPackDirectly, packDocx } from './pack';
import type { DocTree } from '../doc-tree';
import { bodyContent } from './blocks';
import { embeddedFonts } from './embedded-fonts';
import { withEmbeddedFonts, type FontSubsetter } from './font-subset';
import { fontTableCache, keptFontParts } from './font-table-parts';
import { sectionFurniture } from './furniture';
import { STAND_IN_FURNITURE, furniturePartsCache } from './furniture-parts';
import { listNumbering } from './numbering';
import { PAGE } from './page';
import { appPropertiesPart, corePropertiesPart } from './properties';
import { createRenderContext } from './render-context';
import { themeOptions, themePartsCache, withoutThemeParts } from './theme-parts';

export interface RenderDocxOptions {
  /** When the document was made and last changed (core properties). Default: now. */
  readonly now?: Date;
  /** Raw DEFLATE for the package's XML parts; the export pipeline passes Node's zlib (this folder stays free of Node). */
  readonly deflateRaw?: (bytes: Uint8Array) => Uint8Array<ArrayBuffer>;
  /**
   * The page each heading anchor starts on, as the PDF's layout placed it (the export pipeline passes what
   * render-pdf's `layoutPdfPages` or `renderPdf` worked out): written as the cached result of the contents lines'
   * PAGEREF fields, which Word shows as they are. Anchors without a number get a field Word fills in itself.
   */
  readonly pageNumbers?: ReadonlyMap<string, number>;
  /** CRC-32 for the zip entries (Node's zlib.crc32, from the export pipeline); fflate's own when absent. A brand's
   *  font and logos are megabytes a zip has to checksum at every export. */
  readonly crc32?: (bytes: Uint8Array, previous?: number) => number;
  /**
   * Subsets the brand fonts to embed (HarfBuzz's, from the export pipeline, which reads its WebAssembly from disk):
   * each keeps the editing repertoire and the document's characters (font-subset.ts). Without it, or when it fails
   * for a font, the font is embedded whole.
   */
  readonly subsetFont?: FontSubsetter;
}

/**
 * The document tree as a .docx file: real Word styles, numbered lists, alt text, hyperlinks, a header with the logo
 * and any DRAFT mark, a "Page X of Y" footer, and the title and language set. The same tree and `now` give the same
 * bytes, except for the zip entries' modification times.
 */
export const renderDocx = async (tree: DocTree, options: RenderDocxOptions = {}): Promise<Uint8Array> => {
  const { meta, theme } = tree;
  // The brand fonts as embedded (their subsets): the font table and the font parts are made and kept from these.
  const fontTheme = theme.fontFiles && options.subsetFont ? await withEmbeddedFonts(theme, tree, options.subsetFont) : theme;
  const direct = canPackDirectly();
  const context = createRenderContext(theme, { standIns: direct, ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}) });
  // Parts come ready formatted from an earlier export where they can (each cache says what its parts depend on):
  // styles and theme by theme (theme-parts.ts); headers and footers by furniture, docx getting stand-ins for them
  // (furniture-parts.ts); the font table by fonts, docx getting no fonts (font-table-parts.ts).
  const keptTheme = direct ? themePartsCache.cached(theme, meta.language) : undefined;
  const keptFurniture = direct ? furniturePartsCache.cached(tree.page) : undefined;
  const keptFonts = direct && fontTheme.fontFiles ? fontTableCache.cached(fontTheme) : undefined;
  // The furniture is made before the body, so its drawings are the document's first.
  const furniture = keptFurniture ? sectionFurniture(context, tree.page, STAND_IN_FURNITURE) : sectionFurniture(context, tree.page);
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    ...(meta.keywords === undefined ? {} : { keywords: meta.keywords }),
    lastModifiedBy: meta.author,
    ...(keptTheme ? {} : themeOptions(theme, meta.language)),
    numbering: listNumbering(),
    // docx also sets w:embedTrueTypeFonts when it embeds fonts, so Word keeps them when the file is saved again (the
    // kept font table comes with the settings that say so).
    ...(fontTheme.fontFiles && !keptFonts ? { fonts: embeddedFonts(fontTheme, context.fontStandIn) } : {}),
    sections: [
      {
        properties: {
          titlePage: furniture.titlePage,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              header: PAGE.headerDistance,
              footer: PAGE.footerDistance,
            },
          },
        },
        ...(furniture.headers === undefined ? {} : { headers: furniture.headers }),
        footers: furniture.footers,
        children: bodyContent(context, tree.blocks),
      },
    ],
  });
  const parts = [corePropertiesPart(meta, options.now ?? new Date()), appPropertiesPart(), ...(keptTheme ?? [])];
  const standIns = {
    media: context.media,
    fonts: context.fonts,
    ...(keptFurniture ? { furniture: keptFurniture } : {}),
    ...(keptFonts ? { keptParts: keptFontParts(keptFonts, fontTheme) } : {}),
  };
  const remember = (files: ReadonlyMap<string, string | Uint8Array>): void => {
    if (!keptTheme) themePartsCache.remember(theme, meta.language, files);
    if (!keptFurniture) furniturePartsCache.remember(tree.page, furniture, files);
    if (fontTheme.fontFiles && !keptFonts) fontTableCache.remember(fontTheme, files);
  };
  return packDocx(keptTheme ? withoutThemeParts(document) : document, parts, standIns, remember, options);
};
