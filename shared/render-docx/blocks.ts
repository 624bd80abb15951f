import { Paragraph, Table } from 'docx';
import type { Block } from '../doc-tree';
import { bookmarked, contentsLine } from './contents';
import { DocxRenderError } from './errors';
import { imageParagraphs } from './image-block';
import { listParagraphs } from './numbering';
import type { RenderContext } from './render-context';
import { paragraphOf } from './runs';
import { StableParagraph } from './stable-paragraph';
import { PARAGRAPH_STYLE_ID, STYLE_ID } from './style-ids';
import { tableOf } from './table-block';

/** What a block becomes in the document body, in order. */
export const blockContent = (context: RenderContext, block: Block): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'heading': {
      const options = { style: block.level === 1 ? STYLE_ID.heading1 : STYLE_ID.heading2, ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}) };
      if (block.anchor === undefined) return [paragraphOf(context, block.runs, options)];
      return [new StableParagraph({ ...options, children: bookmarked(context, block.anchor, block.runs) }, context.nextLinkId)];
    }
    case 'paragraph':
      if (block.pageOf !== undefined) return [contentsLine(context, block.runs, block.pageOf)];
      return [
        paragraphOf(context, block.runs, {
          style: PARAGRAPH_STYLE_ID[block.style],
          ...(block.keepWithNext ? { keepNext: true } : {}),
          ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
        }),
      ];
    case 'list':
      return listParagraphs(context, block.ordered, block.items);
    case 'quote':
      return [
        paragraphOf(context, block.attribution, { style: STYLE_ID.attribution }),
        ...block.paragraphs.map((runs) => paragraphOf(context, runs, { style: STYLE_ID.quote })),
      ];
    case 'image':
      return imageParagraphs(context, block);
    case 'table':
      // Word cannot open a table without rows.
      return block.header === null && block.rows.length === 0 ? [] : [tableOf(context, block)];
    default:
      return unknownBlock(block);
  }
};

const unknownBlock = (block: never): never => {
  // Only reachable when the tree gains a kind of block this renderer was not taught.
  throw new DocxRenderError(`render-docx cannot write a block of kind "${(block as { kind?: unknown }).kind}"; update render-docx.`);
};

/**
 * The body: every block's content in order. Word shows two tables in a row as one table, and wants a paragraph at the
 * end of the body, so a table followed by a table, or by nothing, gets an empty paragraph after it, as Word adds.
 */
export const bodyContent = (context: RenderContext, blocks: readonly Block[]): (Paragraph | Table)[] => {
  const content = blocks.flatMap((block) => blockContent(context, block));
  return content.flatMap((item, index) => {
    const next = content[index + 1];
    return item instanceof Table && (next === undefined || next instanceof Table)
      ? [item, new Paragraph({ style: STYLE_ID.normal })]
      : [item];
  });
};
