import { Document } from 'docx';
import { canPackDirectly, packDocx } from './pack';
import type { DocTree } from '../doc-tree';
import { bodyContent } from './blocks';
import { embeddedFonts } from './embedded-fonts';
import { sectionFurniture } from './furniture';
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
}

/**
 * The document tree as a .docx file: real Word styles, numbered lists, alt text, hyperlinks, a header with the logo
 * and any DRAFT mark, a "Page X of Y" footer, and the title and language set. The same tree and `now` give the same
 * bytes, except for the zip entries' modification times.
 */
export const renderDocx = async (tree: DocTree, options: RenderDocxOptions = {}): Promise<Uint8Array> => {
  const context = createRenderContext(tree.theme, { standIns: canPackDirectly(), ...(options.pageNumbers ? { pageNumbers: options.pageNumbers } : {}) });
  const furniture = sectionFurniture(context, tree.page);
  const { meta } = tree;
  // Styles and theme come ready formatted from an earlier export with the same theme, if any (theme-parts.ts).
  const cached = canPackDirectly() ? themePartsCache.cached(tree.theme, meta.language) : undefined;
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    ...(meta.keywords === undefined ? {} : { keywords: meta.keywords }),
    lastModifiedBy: meta.author,
    ...(cached ? {} : themeOptions(tree.theme, meta.language)),
    numbering: listNumbering(),
    // docx also sets w:embedTrueTypeFonts when it embeds fonts, so Word keeps them when the file is saved again.
    ...(tree.theme.fontFiles ? { fonts: embeddedFonts(tree.theme, context.fontStandIn) } : {}),
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
  const parts = [corePropertiesPart(meta, options.now ?? new Date()), appPropertiesPart()];
  if (cached) return packDocx(withoutThemeParts(document), [...parts, ...cached], context, undefined, options);
  return packDocx(document, parts, context, (files) => themePartsCache.remember(tree.theme, meta.language, files), options);
};
