import { PDFInvalidObject, PDFName, type PDFDocument, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import { asciiBytes, numberText, refText } from '../pdf-source';
import { textString } from './pdf-text';

export interface OutlineEntry {
  readonly title: string;
  readonly page: PDFPage;
  /** Top of the heading, in PDF coordinates (points up from the bottom of the page). */
  readonly y: number;
  /** 1 for a top-level bookmark; a deeper level nests under the nearest shallower entry before it. */
  readonly level: 1 | 2;
}

interface Item {
  readonly entry: OutlineEntry;
  readonly ref: PDFRef;
  readonly children: Item[];
}

const descendants = (items: readonly Item[]): number => items.reduce((sum, item) => sum + 1 + descendants(item.children), 0);

/**
 * Bookmarks (document outline, PDF 1.7 §12.3.3), nested by level, each opening its page at the heading:
 * /XYZ with null left and zoom keeps the reader's horizontal position and zoom. Every level starts open.
 */
export function addOutline(pdf: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = pdf;

  // Nest by level with a stack of open ancestors; a level-2 entry before any level 1 goes at the top.
  const top: Item[] = [];
  const stack: Item[] = [];
  for (const entry of entries) {
    const item: Item = { entry, ref: context.nextRef(), children: [] };
    while (stack.length > 0 && (stack.at(-1)?.entry.level ?? 0) >= entry.level) stack.pop();
    (stack.at(-1)?.children ?? top).push(item);
    stack.push(item);
  }

  // Each item is written as PDF source, as the structure elements are (structure-builder.ts): a long release has
  // hundreds of headings, and pdf-lib's dictionaries built and serialised piece by piece cost a cold export ~20 ms.
  const root = context.nextRef();
  const write = (items: readonly Item[], parent: PDFRef): void => {
    items.forEach((item, index) => {
      const { title, page, y } = item.entry;
      let source = `<</Title${textString(title).toString()}/Parent ${refText(parent)}/Dest[${refText(page.ref)}/XYZ null ${numberText(y)} null]`;
      const previous = items[index - 1];
      const next = items[index + 1];
      if (previous !== undefined) source += `/Prev ${refText(previous.ref)}`;
      if (next !== undefined) source += `/Next ${refText(next.ref)}`;
      context.assign(item.ref, PDFInvalidObject.of(asciiBytes(`${source}${childrenSource(item.children)}>>`)));
      write(item.children, item.ref);
    });
  };
  const childrenSource = (children: readonly Item[]): string => {
    const first = children[0];
    const last = children.at(-1);
    if (first === undefined || last === undefined) return '';
    // Positive: open, showing this many descendants.
    return `/First ${refText(first.ref)}/Last ${refText(last.ref)}/Count ${descendants(children)}`;
  };

  context.assign(root, PDFInvalidObject.of(asciiBytes(`<</Type/Outlines${childrenSource(top)}>>`)));
  write(top, root);
  pdf.catalog.set(PDFName.of('Outlines'), root);
}
