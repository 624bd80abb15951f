import { PDFDocument, PDFImage, PDFName, PngEmbedder, typedArrayFor, type PDFOperator, type PDFPage } from '@cantoo/pdf-lib';
import { PAGE_GEOMETRY, type DocTree, type ImageData } from '../doc-tree';
import { paletteOf } from './layout/colour';
import { flowUnits, type FlowContext } from './layout/flow';
import { layoutFurniture } from './layout/furniture';
import { paginate } from './layout/paginate';
import { StructureBuilder, addOutline, setDocumentInfo } from './structure';
import { TextEngine, type FontFiles } from './text';

export interface RenderPdfOptions {
  /** Creation and modification date in the document information. Default: now. */
  readonly now?: Date;
  /**
   * Compresses page content to the zlib format FlateDecode reads. Default: pdf-lib's own (fflate, plain
   * JavaScript). The export pipeline passes Node's zlib, several times faster on a long document; this folder stays
   * free of Node so it could run anywhere.
   */
  readonly deflate?: (bytes: Uint8Array) => Uint8Array;
  /**
   * Compresses page content like `deflate` but elsewhere (the command line's worker thread), while the next pages are
   * drawn; the PDF is written once every page is back. A page it fails is compressed here instead. Default: here, as
   * each page is finished.
   */
  readonly deflatePages?: (bytes: Uint8Array) => Promise<Uint8Array>;
}

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  /** The page (1 for the first) each anchored heading starts on: what the contents lines print. */
  readonly anchorPages: ReadonlyMap<string, number>;
  /** Things a person should know that did not stop the export, e.g. characters no bundled font can draw. */
  readonly warnings: readonly string[];
}

/**
 * The document tree as a tagged PDF that reads as the same document as the DOCX: the same style sheet and page
 * geometry, Unicode line breaking, pagination with Word's keep-with-next and widow/orphan rules, real link
 * annotations, bookmarks from the headings, and a structure tree in reading order. Knows nothing of releases.
 */
export async function renderPdf(tree: DocTree, fonts: FontFiles, options: RenderPdfOptions = {}): Promise<RenderedPdf> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  if (options.deflate) deflateStreamsWith(pdf, options.deflate);
  const { engine, structure, context, furniture, placements, pageCount } = await layOut(pdf, tree, fonts);

  const pages = Array.from({ length: pageCount }, () => pdf.addPage([PAGE_GEOMETRY.widthPt, PAGE_GEOMETRY.heightPt]));
  const byPage = pages.map((): typeof placements => []);
  for (const placement of placements) {
    byPage[placement.page]!.push(placement);
    // Second pass: every heading's page is known before anything is drawn, so contents lines print their numbers.
    const { anchor } = placement.unit;
    if (anchor !== undefined && !context.anchors.has(anchor)) context.anchors.set(anchor, { page: pages[placement.page]!, pageIndex: placement.page, top: placement.top });
  }
  const compressing: Promise<unknown>[] = [];
  pages.forEach((page, pageIndex) => {
    const operators: PDFOperator[] = [...furniture.draw(page, pageIndex, pageCount)];
    for (const placement of byPage[pageIndex]!) {
      const target = { page, pageIndex };
      const { unit } = placement;
      operators.push(...(unit.kind === 'box' ? unit.draw(target, placement.top) : unit.draw(target, placement.from, placement.to, placement.top)));
    }
    engine.addFontsTo(page); // after drawing: the faces are added to the document as lines first use them
    const content = contentBytes(operators);
    if (options.deflatePages === undefined) setContent(page, content);
    else compressing.push(setContentLater(page, content, options.deflatePages));
  });
  await Promise.all(compressing);

  addOutline(
    pdf,
    context.outline.map((entry) => ({
      title: entry.title,
      page: pages[entry.pageIndex]!,
      y: PAGE_GEOMETRY.heightPt - entry.top,
      level: entry.level,
    })),
  );
  setDocumentInfo(pdf, {
    title: tree.meta.title,
    author: tree.meta.author,
    subject: tree.meta.subject,
    ...(tree.meta.keywords === undefined ? {} : { keywords: tree.meta.keywords }),
    lang: tree.meta.language,
    date: options.now ?? new Date(),
  });
  structure.finish();

  const missing = [...engine.missingCharacters];
  const warnings = missing.length > 0 ? [`No bundled font can draw ${missing.map((character) => `"${character}"`).join(', ')}; left out of the PDF.`] : [];
  // objectsPerTick: pdf-lib otherwise yields to the event loop every 50 objects, which only slows a batch export.
  // No object streams: packing the structure tree's thousands of small dictionaries into compressed streams took
  // a third of a long document's time (100 pages: ~370 → ~260–320 ms warm) to save 13% on the seed (100 → 113 KB)
  // and half on 100 pages (350 → 695 KB). Fonts, pictures and page content stay compressed.
  const anchorPages = new Map([...context.anchors].map(([anchor, place]) => [anchor, place.pageIndex + 1] as const));
  await engine.embedFonts();
  return { bytes: await pdf.save({ objectsPerTick: Infinity, useObjectStreams: false }), warnings, anchorPages };
}

/**
 * Where each anchored heading starts (page 1 is the first), from the PDF's layout, without drawing or writing
 * anything: the export pipeline gives these to render-docx for its contents lines when it makes no PDF.
 */
export async function layoutPdfPages(tree: DocTree, fonts: FontFiles): Promise<ReadonlyMap<string, number>> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { placements } = await layOut(pdf, tree, fonts);
  const pages = new Map<string, number>();
  for (const placement of placements) {
    const { anchor } = placement.unit;
    if (anchor !== undefined && !pages.has(anchor)) pages.set(anchor, placement.page + 1);
  }
  return pages;
}

/** First pass: the furniture, the tree's blocks as units (lines broken) and where pagination puts them. */
async function layOut(pdf: PDFDocument, tree: DocTree, fonts: FontFiles) {
  const engine = await TextEngine.create(pdf, fonts);
  const structure = new StructureBuilder(pdf, { lang: tree.meta.language, title: tree.meta.title });
  const palette = paletteOf(tree.theme);

  const embedded = new Map<Uint8Array, Promise<PDFImage>>();
  const embed = (image: ImageData): Promise<PDFImage> => {
    let found = embedded.get(image.bytes);
    if (!found) {
      found = image.format === 'png' ? embedPng(pdf, image.bytes) : pdf.embedJpg(image.bytes);
      embedded.set(image.bytes, found);
    }
    return found;
  };

  const furniture = await layoutFurniture(engine, structure, palette, tree.page, embed);
  const textHeight = furniture.textBottom - Math.max(furniture.textTop(0), furniture.textTop(1));
  const context: FlowContext = { engine, structure, palette, embed, outline: [], openLink: {}, textHeight, anchors: new Map() };
  const units = await flowUnits(context, tree.blocks);
  const placements = paginate(units, { top: furniture.textTop, bottom: furniture.textBottom });
  // A loop, not Math.max(...): a 2,000-row table makes more placements than a call can take arguments.
  let pageCount = 1;
  for (const placement of placements) pageCount = Math.max(pageCount, placement.page + 1);
  return { engine, structure, context, furniture, placements, pageCount };
}

/**
 * PNG pictures decoded once per process, by their bytes (the export keeps a brand's logos as the same bytes from one
 * export to the next). pdf-lib decodes a PNG in JavaScript each time it is embedded, tens of milliseconds for a
 * logo, and a brand's logos go into every export; the decoded embedder holds no state of the document it went into.
 */
const pngEmbedders = new WeakMap<Uint8Array, Promise<PngEmbedder>>();

async function embedPng(pdf: PDFDocument, bytes: Uint8Array): Promise<PDFImage> {
  let embedder = pngEmbedders.get(bytes);
  if (embedder === undefined) {
    embedder = PngEmbedder.for(bytes);
    pngEmbedders.set(bytes, embedder);
  }
  const decoded = await embedder;
  return PDFImage.of(await decoded.embedIntoContext(pdf.context), pdf, decoded);
}

const CONTENTS = PDFName.of('Contents');

/**
 * A page's content stream as bytes, written here in one go: pdf-lib's content stream sizes and copies each operator
 * piece by piece, a character at a time, which took a tenth of a long document's render. Operands are PDF source
 * already (draw-line.ts writes glyph codes as bytes 0–255 in literal strings), so each character is one byte.
 */
function contentBytes(operators: readonly PDFOperator[]): Uint8Array {
  const lines: string[] = new Array(operators.length);
  for (let i = 0; i < operators.length; i++) lines[i] = operators[i]!.toString();
  const text = lines.join('\n');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`A content stream operand holds "${text[i]}", which is not PDF source; encode it first.`);
    bytes[i] = code;
  }
  return bytes;
}

/** Sets a page's content, compressed here: flateStream is pdf-lib's deflate, or the caller's (deflateStreamsWith). */
function setContent(page: PDFPage, bytes: Uint8Array): void {
  const { context } = page.doc;
  page.node.set(CONTENTS, context.register(context.flateStream(bytes)));
}

/** Sets a page's content to a stream compressed by `deflate` elsewhere, or here should that fail. */
async function setContentLater(page: PDFPage, bytes: Uint8Array, deflate: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<void> {
  const { context } = page.doc;
  const ref = context.nextRef();
  page.node.set(CONTENTS, ref);
  let stream;
  try {
    stream = context.stream(await deflate(bytes), { Filter: 'FlateDecode' });
  } catch {
    stream = context.flateStream(bytes);
  }
  context.assign(ref, stream);
}

/**
 * Every stream pdf-lib compresses itself (font subsets, their ToUnicode maps, PNG pictures) through the caller's
 * deflate too: PDFContext.flateStream is the one place it does so, and is public API.
 */
function deflateStreamsWith(pdf: PDFDocument, deflate: (bytes: Uint8Array) => Uint8Array): void {
  const { context } = pdf;
  let known = deflatedBy.get(deflate);
  if (known === undefined) deflatedBy.set(deflate, (known = new WeakMap()));
  const cache = known;
  context.flateStream = (contents, dict = {}) => {
    const bytes = typedArrayFor(contents);
    let deflated = cache.get(bytes);
    if (deflated === undefined) cache.set(bytes, (deflated = deflate(bytes)));
    return context.stream(deflated, { ...dict, Filter: 'FlateDecode' });
  };
}

/**
 * Streams already compressed, by the very array compressed and the deflate used. A PNG decoded once (embedPng) hands
 * pdf-lib the same pixel arrays at every export, and compressing a brand's three logos again each time was most of
 * a co-branded export's extra cost. Arrays made fresh for each document (page content, font subsets) never match
 * and are let go with it. Nothing here changes an array after giving it to pdf-lib.
 */
const deflatedBy = new WeakMap<(bytes: Uint8Array) => Uint8Array, WeakMap<Uint8Array, Uint8Array>>();

