import { Footer, Header, Paragraph, TextRun, type IContext, type IMediaData, type IXmlableObject } from 'docx';
import type { ImageData, PageFurniture } from '../doc-tree';
import { pageLogos, type FurnitureMaker, type SectionFurniture } from './furniture';
import { identityOf } from './identity';
import { rasterType } from './images';
import { KeptCache } from './kept-cache';
import type { RenderContext } from './render-context';

/*
 * Headers and footers formatted once per page furniture. docx formats every header and footer twice (once to find the
 * pictures its relationships list, once for the part), and a joint brand's first-page header is a row of logo drawings:
 * building and formatting them was most of what two partner logos added to a warm export. So the first export with
 * some furniture keeps the parts docx wrote (`remember`); later exports with the same furniture give docx stand-ins
 * (STAND_IN_FURNITURE), which docx numbers, relates to the document and lists in [Content_Types].xml as it would the
 * real ones, and packDocx puts the kept parts in their place (`restoreFurniture`). The first export costs nothing
 * extra, which matters to the command line: it exports once and exits.
 */

/** Where a header or footer goes: its kind and the pages it is for (its reference's w:type), e.g. `header:first`. */
type Slot = string;

/** Each kept part is encoded once: the zip then deflates it once too (pack.ts keeps what it made of a part). */
interface KeptSlot {
  readonly part: Uint8Array;
  /**
   * The part's relationships, as docx wrote them and encoded. docx writes its stand-in's afresh, as they name the logos'
   * pictures, whose names depend on the body's; when they come out the same, the kept bytes go in.
   */
  readonly relationships: { readonly text: string; readonly bytes: Uint8Array };
}

export type KeptFurniture = ReadonlyMap<Slot, KeptSlot>;

const cache = new KeptCache<KeptFurniture>();
const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');

/**
 * Everything the parts depend on: each logo (its pictures by identity, as which logos are one picture decides the
 * relationships the drawings name; whether it has an SVG; its size in pixels, which sizes the whole row; its alt
 * text), the footer line, the DRAFT mark and the protective marking. The rest of what they hold is fixed in code
 * (style ids, the page geometry), and the logos' drawing ids are the document's first (see sectionFurniture).
 */
const keyOf = (page: PageFurniture): string =>
  JSON.stringify([
    pageLogos(page).map(({ image, alt }) => [identityOf(image.bytes), image.svg === undefined ? 0 : identityOf(image.svg), image.widthPx, image.heightPx, alt]),
    page.footerLine ?? '',
    page.draftMark ?? '',
    page.classification ?? '',
  ]);

/** A part's relationships: word/_rels/header1.xml.rels for word/header1.xml. */
const relationshipsOf = (path: string): string => path.replace(/^word\//, 'word/_rels/') + '.rels';

/** The slots sectionFurniture filled: the kept parts must be exactly these. */
const slotsOf = (furniture: SectionFurniture): Slot[] => [
  ...Object.keys(furniture.headers ?? {}).map((type) => `header:${type}`),
  ...Object.keys(furniture.footers).map((type) => `footer:${type}`),
];

export const furniturePartsCache = {
  cached(page: PageFurniture): KeptFurniture | undefined {
    return cache.get(keyOf(page));
  },

  /** Keeps the parts docx wrote for `furniture` (made from `page`), when every one of them is found. */
  remember(page: PageFurniture, furniture: SectionFurniture, files: ReadonlyMap<string, string | Uint8Array>): void {
    const paths = slotPaths(files);
    const slots = slotsOf(furniture);
    if (paths.size !== slots.length) return;
    const parts = new Map<Slot, KeptSlot>();
    for (const slot of slots) {
      const path = paths.get(slot);
      const part = path === undefined ? undefined : files.get(path);
      const relationships = path === undefined ? undefined : files.get(relationshipsOf(path));
      if (typeof part !== 'string' || typeof relationships !== 'string') return;
      parts.set(slot, { part: encoder.encode(part), relationships: { text: relationships, bytes: encoder.encode(relationships) } });
    }
    cache.set(keyOf(page), parts);
  },
};

interface Picture {
  /**
   * The key docx's Media keeps the picture under, which a part shows it by as a `{key}` placeholder: its stand-in's
   * text and its type, so one stand-in has one key, as with ImageRun's hash of it.
   */
  readonly key: string;
  readonly data: IMediaData;
}

/** Only a drawing reads a picture's transformation, and the kept header has the drawings. */
const UNDRAWN = { pixels: { x: 0, y: 0 }, emus: { x: 0, y: 0 } };

/**
 * The pictures one logo adds to docx's Media, keyed and in the order its ImageRun adds them (an SVG, then its raster
 * fallback), after taking its drawing id and stand-ins as pictureRun does, so the body's come out as before.
 */
function logoPictures(context: RenderContext, image: ImageData): Picture[] {
  context.nextDrawingId();
  const rasterData = context.mediaStandIn(image.bytes, 'furniture');
  const type = rasterType(image);
  const raster = { key: `${latin1.decode(rasterData)}.${type}`, data: { type, fileName: '', transformation: UNDRAWN, data: rasterData } };
  if (image.svg === undefined) return [raster];
  const svgData = context.mediaStandIn(image.svg, 'furniture');
  return [{ key: `${latin1.decode(svgData)}.svg`, data: { type: 'svg', fileName: '', transformation: UNDRAWN, data: svgData, fallback: raster.data } }, raster];
}

/**
 * Stands in for the row of logos. It hands docx the logos' pictures as the real row does, so docx names them in
 * word/media and lists them in the header's relationships (rId0, rId1 …) as it did for the kept header, whose drawings
 * refer to them by those ids: the furniture's pictures are its own (RenderContext.mediaStandIn), never the body's, so
 * nothing the body shows changes their order. docx finds which pictures a part shows by their `{key}` placeholders.
 */
class LogoPicturesStandIn extends Paragraph {
  private readonly pictures: readonly Picture[];

  constructor(context: RenderContext, images: readonly ImageData[]) {
    const pictures = images.flatMap((image) => logoPictures(context, image));
    super({ children: [new TextRun(pictures.map(({ key }) => `{${key}}`).join(''))] });
    this.pictures = pictures;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    for (const { key, data } of this.pictures) context.file.Media.addImage(key, data);
    return super.prepForXml(context);
  }
}

/** Headers and footers that hold nothing but the logos' pictures: packDocx replaces each with the part kept for it. */
export const STAND_IN_FURNITURE: FurnitureMaker = {
  firstHeader: (context, _page, logos) => new Header({ children: [new LogoPicturesStandIn(context, logos.map((logo) => logo.image))] }),
  defaultHeader: () => new Header({ children: [] }),
  footer: () => new Footer({ children: [] }),
};

/** docx wrote the headers and footers in a way restoreFurniture does not recognise: it cannot put the kept parts back. */
export class FurniturePartsError extends Error {
  override readonly name = 'FurniturePartsError';
}

/** Puts each kept part where docx wrote its stand-in, and its kept relationships if docx wrote the same. Returns the parts put back. */
export function restoreFurniture(files: Map<string, string | Uint8Array>, kept: KeptFurniture | undefined): Set<Uint8Array> {
  const restored = new Set<Uint8Array>();
  if (kept === undefined) return restored;
  const paths = slotPaths(files);
  if (paths.size !== kept.size) throw new FurniturePartsError(`docx wrote ${paths.size} headers and footers for ${kept.size} stand-ins.`);
  for (const [slot, { part, relationships }] of kept) {
    const path = paths.get(slot);
    if (path === undefined) throw new FurniturePartsError(`docx wrote no ${slot} part for its stand-in.`);
    files.set(path, part);
    restored.add(part);
    if (files.get(relationshipsOf(path)) === relationships.text) {
      files.set(relationshipsOf(path), relationships.bytes);
      restored.add(relationships.bytes);
    }
  }
  return restored;
}

const REFERENCE = /<w:(header|footer)Reference\b([^>]*)>/g;

/**
 * Each header and footer part by slot, as the package says: the references in the section's properties (the body's
 * last w:sectPr) give each slot's relationship id, and the document's relationships its part.
 */
function slotPaths(files: ReadonlyMap<string, string | Uint8Array>): Map<Slot, string> {
  const paths = new Map<Slot, string>();
  const document = files.get('word/document.xml');
  const relationships = files.get('word/_rels/document.xml.rels');
  if (typeof document !== 'string' || typeof relationships !== 'string') return paths;
  for (const [, kind, attributes = ''] of document.slice(document.lastIndexOf('<w:sectPr')).matchAll(REFERENCE)) {
    const type = /\bw:type="([^"]+)"/.exec(attributes)?.[1];
    const id = /\br:id="([^"]+)"/.exec(attributes)?.[1];
    const relationship = id === undefined ? undefined : relationships.match(new RegExp(`<Relationship\\b[^>]*\\bId="${id.replace(/\W/g, '\\$&')}"[^>]*>`))?.[0];
    const target = relationship === undefined ? undefined : /\bTarget="([^"]+)"/.exec(relationship)?.[1];
    if (type !== undefined && target !== undefined) paths.set(`${kind}:${type}`, `word/${target}`);
  }
  return paths;
}
