import { PDFInvalidObject, PDFName, PDFNumber, type PDFString, type PDFDocument, type PDFObject, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { StructureUsageError } from './errors';
import { artifactContent, taggedContent, type ArtifactKind, type MarkedContent } from './marked-content';
import { asciiBytes, numberText, refText } from '../pdf-source';
import { langString, textString, uriString } from './pdf-text';
import type { ElementOptions, LinkDestination, Rect, StructElement, StructType } from './struct-types';

export interface StructureOptions {
  /** The document's language, e.g. "en-GB" (catalog /Lang). */
  readonly lang: string;
  /** Set as the document title when setDocumentInfo has not set one, so viewers have a title to display. */
  readonly title: string;
}

/** One kid of a structure element, in reading order. */
type Kid =
  | { readonly kind: 'element'; readonly ref: PDFRef }
  | { readonly kind: 'content'; readonly page: PDFRef; readonly mcid: number }
  | { readonly kind: 'annotation'; readonly page: PDFRef; readonly annotation: PDFRef };

interface Node {
  readonly type: StructType;
  readonly ref: PDFRef;
  /** The parent element, or the StructTreeRoot for the Document element. */
  readonly parent: PDFRef;
  readonly options: ElementOptions;
  readonly kids: Kid[];
  /** For a Link: what its annotations point at (a URL, or a place in this document) and say. */
  readonly link?: { readonly url: string | LinkDestination; readonly text: string };
}

/** A page's entry in the parent tree: its /StructParents key and the owner of each MCID, by MCID. */
interface PageContent {
  readonly page: PDFPage;
  readonly key: number;
  readonly owners: PDFRef[];
}

/**
 * Builds a tagged PDF's logical structure (PDF 1.7 §14.7–14.8, PDF/UA) next to the drawing, which pdf-lib
 * has no API for. Reading order is call order: element() appends a child and mark() appends content to its
 * element at the time of the call, so the renderer calls them as it lays the document out, top to bottom.
 */
export class StructureBuilder {
  /** The Document element, root of everything. */
  readonly root: StructElement;

  private readonly pdf: PDFDocument;
  private readonly options: StructureOptions;
  private readonly lang: PDFString;
  private readonly treeRoot: PDFRef;
  private readonly nodes = new Map<StructElement, Node>();
  private readonly pages = new Map<PDFRef, PageContent>();
  /** Each link annotation's /StructParent key and the Link element that owns it. */
  private readonly annotations: { readonly key: number; readonly owner: PDFRef }[] = [];
  private nextKey = 0;
  private finished = false;

  constructor(pdf: PDFDocument, options: StructureOptions) {
    this.pdf = pdf;
    this.options = options;
    // Checked now rather than in finish(), so a bad tag stops the render before any drawing.
    this.lang = langString(options.lang);
    this.treeRoot = pdf.context.nextRef();
    this.root = this.add('Document', this.treeRoot, {});
  }

  /**
   * A new element, appended as the last child of parent. A Figure needs alt text; a decorative image is an
   * artifact('Layout') instead.
   */
  element(type: StructType, parent: StructElement, options: ElementOptions = {}): StructElement {
    const parentNode = this.node(parent);
    if (type === 'Figure' && (options.alt ?? '').trim() === '') {
      throw new StructureUsageError("A Figure needs alt text; draw a decorative image inside artifact('Layout') instead.");
    }
    if (options.scope !== undefined && type !== 'TH') throw new StructureUsageError(`Only a TH has a scope, not a ${type}.`);
    const element = this.add(type, parentNode.ref, options);
    parentNode.kids.push({ kind: 'element', ref: this.node(element).ref });
    return element;
  }

  /** Operators wrapping content of `element` on `page`; the content becomes the element's next kid. */
  mark(page: PDFPage, element: StructElement): MarkedContent {
    const node = this.node(element);
    const content = this.pageContent(page);
    const mcid = content.owners.length;
    content.owners.push(node.ref);
    node.kids.push({ kind: 'content', page: page.ref, mcid });
    return taggedContent(node.type, mcid);
  }

  /** Operators wrapping page furniture that is not content; it stays out of the structure tree. */
  artifact(kind: ArtifactKind): MarkedContent {
    this.assertOpen();
    return artifactContent(kind);
  }

  /**
   * A Link element under `parent` with a link annotation for each rectangle on `page` (one per line when the
   * link text wraps). Mark the link text with the returned element. A link that continues on the next page
   * gets that page's rectangles from addLinkArea.
   */
  link(page: PDFPage, parent: StructElement, url: string | LinkDestination, rects: readonly Rect[], text: string): StructElement {
    const parentNode = this.node(parent);
    const element = this.add('Link', parentNode.ref, {}, { url, text });
    parentNode.kids.push({ kind: 'element', ref: this.node(element).ref });
    this.addLinkArea(page, element, rects);
    return element;
  }

  /** More clickable rectangles for a link made by link(), such as the part of it on the next page. */
  addLinkArea(page: PDFPage, link: StructElement, rects: readonly Rect[]): void {
    const node = this.node(link);
    if (node.link === undefined) throw new StructureUsageError(`addLinkArea needs an element made by link(), not a ${node.type}.`);
    const { url } = node.link;
    if (rects.length === 0) throw new StructureUsageError(`The link to ${typeof url === 'string' ? url : 'a place in the document'} needs at least one rectangle to click.`);
    const { context } = this.pdf;
    // An internal link opens its page at the place (/XYZ with null left and zoom keeps the reader's), as bookmarks do.
    const target =
      typeof url === 'string' ? `/A<</Type/Action/S/URI/URI${uriString(url).toString()}>>` : `/Dest[${refText(url.page.ref)}/XYZ null ${numberText(url.y)} null]`;
    const contents = textString(node.link.text).toString();
    for (const rect of rects) {
      const key = this.nextKey++;
      // Written as PDF source, as the structure elements are (see finish): a long release has hundreds of link areas.
      // /F 4, the print flag: the link's area is part of the printed page (PDF/A asks for it).
      const source = `<</Type/Annot/Subtype/Link/Rect[${rect.map(numberText).join(' ')}]/Border[0 0 0]/F 4/P ${refText(page.ref)}/Contents${contents}${target}/StructParent ${key}>>`;
      const annotation = context.register(PDFInvalidObject.of(asciiBytes(source)));
      page.node.addAnnot(annotation);
      node.kids.push({ kind: 'annotation', page: page.ref, annotation });
      this.annotations.push({ key, owner: node.ref });
    }
  }

  /** Writes the structure tree and the catalog and page entries that make the PDF tagged. Call once, last. */
  finish(): void {
    this.assertOpen();
    const { context, catalog } = this.pdf;

    // Written as PDF source text: a long document has thousands of elements, and pdf-lib's dictionaries (a PDFName
    // lookup per key, a PDFNumber per MCID, all serialised piece by piece) took a tenth of its render time.
    // PDFInvalidObject is pdf-lib's object for bytes it writes as they are; the text is ASCII (textString is hex).
    for (const node of this.nodes.values()) context.assign(node.ref, PDFInvalidObject.of(asciiBytes(elementSource(node))));

    // One flat /Nums array, sorted by key as a number tree requires; pages and links took keys in turn.
    const entries: { readonly key: number; readonly value: PDFObject }[] = [
      ...[...this.pages.values()].map(({ key, owners }) => ({ key, value: context.register(context.obj(owners)) })),
      ...this.annotations.map(({ key, owner }) => ({ key, value: owner })),
    ].sort((a, b) => a.key - b.key);
    const parentTree = context.obj({ Nums: entries.flatMap(({ key, value }) => [PDFNumber.of(key), value]) });

    context.assign(
      this.treeRoot,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.node(this.root).ref,
        ParentTree: context.register(parentTree),
        ParentTreeNextKey: this.nextKey,
      }),
    );

    for (const { page, key } of this.pages.values()) page.node.set(PDFName.of('StructParents'), PDFNumber.of(key));
    // Tab through annotations in structure order (PDF/UA 7.18.3).
    for (const page of this.pdf.getPages()) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));

    catalog.set(PDFName.of('StructTreeRoot'), this.treeRoot);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    catalog.set(PDFName.of('Lang'), this.lang);
    if (this.pdf.getTitle() === undefined) this.pdf.setTitle(this.options.title);
    catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
    this.finished = true;
  }

  private add(type: StructType, parent: PDFRef, options: ElementOptions, link?: Node['link']): StructElement {
    this.assertOpen();
    const element: StructElement = Object.freeze({ type });
    this.nodes.set(element, { type, ref: this.pdf.context.nextRef(), parent, options, kids: [], ...(link && { link }) });
    return element;
  }

  private node(element: StructElement): Node {
    this.assertOpen();
    const node = this.nodes.get(element);
    if (node === undefined) throw new StructureUsageError(`This ${element.type} element belongs to another StructureBuilder.`);
    return node;
  }

  private pageContent(page: PDFPage): PageContent {
    let content = this.pages.get(page.ref);
    if (content === undefined) {
      content = { page, key: this.nextKey++, owners: [] };
      this.pages.set(page.ref, content);
    }
    return content;
  }

  private assertOpen(): void {
    if (this.finished) throw new StructureUsageError('The structure tree is already written: call finish() once, after all content.');
  }
}

/**
 * A structure element's dictionary as PDF source (PDF 1.7 §14.7.2). Content on one page is written as bare MCIDs
 * with the page on the element; content on several pages needs a marked-content reference naming the page for
 * each MCID. Types, scopes and the keys are fixed ASCII names; text goes through textString (hex) or langString.
 */
function elementSource(node: Node): string {
  const { alt, actualText, scope, lang, bbox } = node.options;
  let source = `<</Type/StructElem/S/${node.type}/P ${refText(node.parent)}`;
  let firstPage: PDFRef | undefined;
  let onePage = true;
  for (const kid of node.kids) {
    if (kid.kind === 'element') continue;
    if (firstPage === undefined) firstPage = kid.page;
    else if (kid.page !== firstPage) onePage = false;
  }
  if (firstPage !== undefined) source += `/Pg ${refText(firstPage)}`;
  if (node.kids.length > 0) {
    const kids = node.kids.map((kid) => {
      switch (kid.kind) {
        case 'element':
          return refText(kid.ref);
        case 'content':
          return onePage ? String(kid.mcid) : `<</Type/MCR/Pg ${refText(kid.page)}/MCID ${kid.mcid}>>`;
        case 'annotation':
          return `<</Type/OBJR/Pg ${refText(kid.page)}/Obj ${refText(kid.annotation)}>>`;
      }
    });
    source += `/K[${kids.join(' ')}]`;
  }
  if (alt !== undefined) source += `/Alt${textString(alt).toString()}`;
  if (actualText !== undefined) source += `/ActualText${textString(actualText).toString()}`;
  if (lang !== undefined) source += `/Lang${langString(lang).toString()}`;
  const attributes = [
    ...(scope === undefined ? [] : [`<</O/Table/Scope/${scope}>>`]),
    ...(bbox === undefined ? [] : [`<</O/Layout/BBox[${bbox.map(numberText).join(' ')}]/Placement/Block>>`]),
  ];
  if (attributes.length > 0) source += `/A${attributes.length === 1 ? attributes[0] : `[${attributes.join(' ')}]`}`;
  return `${source}>>`;
}
