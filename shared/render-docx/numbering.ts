import { AlignmentType, LevelFormat, type INumberingOptions, type Paragraph } from 'docx';
import type { Runs } from '../doc-tree';
import type { RenderContext } from './render-context';
import { paragraphOf } from './runs';
import { STYLE_ID } from './style-ids';

const BULLETS = 'pressdesk-bullets';
const NUMBERS = 'pressdesk-numbers';

/** Where the text of a list item starts, and how far its bullet or number hangs to the left of it (twips). */
const INDENT = { left: 720, hanging: 360 } as const;

/**
 * One list definition for bullets and one for numbers. The tree's lists are flat, so one level each.
 * Each list in the document is its own instance of a definition (a w:num of its own with a start override),
 * which is what makes the second numbered list start again at 1 rather than carry on from the first.
 */
export const listNumbering = (): INumberingOptions => ({
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: INDENT } },
        },
      ],
    },
    {
      reference: NUMBERS,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          start: 1,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: INDENT } },
        },
      ],
    },
  ],
});

/** The paragraphs of one list: List Bullet or List Number style, numbered by an instance of their own. */
export const listParagraphs = (context: RenderContext, ordered: boolean, items: readonly Runs[]): Paragraph[] => {
  const instance = context.nextListInstance();
  return items.map((runs) =>
    paragraphOf(context, runs, {
      style: ordered ? STYLE_ID.listNumber : STYLE_ID.listBullet,
      numbering: { reference: ordered ? NUMBERS : BULLETS, level: 0, instance },
    }),
  );
};
