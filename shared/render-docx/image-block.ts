import { Paragraph } from 'docx';
import { PAGE_GEOMETRY, type Block } from '../doc-tree';
import { pictureRun } from './images';
import { TEXT_WIDTH_PX } from './page';
import type { RenderContext } from './render-context';
import { paragraphOf } from './runs';
import { STYLE_ID } from './style-ids';

type ImageBlock = Extract<Block, { kind: 'image' }>;

/**
 * A picture as wide as the text at most, then its caption (Caption) and credit (Credit). Each paragraph is kept with
 * the next, so a page break never parts a picture from its caption.
 */
export const imageParagraphs = (context: RenderContext, block: ImageBlock): Paragraph[] => {
  const hasCaption = block.caption !== undefined && block.caption.length > 0;
  const hasCredit = block.credit !== undefined && block.credit.length > 0;
  const picture = new Paragraph({
    style: STYLE_ID.normal,
    keepNext: hasCaption || hasCredit,
    children: [
      pictureRun(context, {
        image: block.image,
        alt: block.alt,
        decorative: block.decorative,
        box: { maxWidth: TEXT_WIDTH_PX, maxHeight: PAGE_GEOMETRY.pictureMaxHeightPt * (96 / 72) },
        name: 'Picture',
      }),
    ],
  });
  const paragraphs: Paragraph[] = [picture];
  if (hasCaption && block.caption !== undefined) {
    paragraphs.push(paragraphOf(context, block.caption, { style: STYLE_ID.caption, keepNext: hasCredit }));
  }
  if (hasCredit && block.credit !== undefined) {
    paragraphs.push(paragraphOf(context, block.credit, { style: STYLE_ID.credit }));
  }
  return paragraphs;
};
