import { ExternalHyperlink, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Run, Runs } from '../doc-tree';
import type { RenderContext } from './render-context';
import { StableParagraph } from './stable-paragraph';
import { STYLE_ID } from './style-ids';

/**
 * The text runs of one tree run. A line break in the text becomes a Word line break (w:br), not a new paragraph.
 * Bold and italic are only ever switched on: writing `bold: false` would switch off a style's bold (ENDS, Attribution).
 */
const textRuns = (run: Run, characterStyle?: string): TextRun[] =>
  run.text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        ...(run.bold === true ? { bold: true } : {}),
        ...(run.italic === true ? { italics: true } : {}),
        ...(characterStyle === undefined ? {} : { style: characterStyle }),
        ...(index > 0 ? { break: 1 } : {}),
      }),
  );

/** A run with a link is a real hyperlink (w:hyperlink), in the Hyperlink character style. */
export const paragraphChildren = (runs: Runs): ParagraphChild[] =>
  runs.flatMap((run): ParagraphChild[] =>
    run.link === undefined
      ? textRuns(run)
      : [new ExternalHyperlink({ link: run.link, children: textRuns(run, STYLE_ID.hyperlink) })],
  );

/** A paragraph of runs in the given style. */
export const paragraphOf = (
  context: RenderContext,
  runs: Runs,
  options: Omit<IParagraphOptions, 'children' | 'text'>,
): StableParagraph => new StableParagraph({ ...options, children: paragraphChildren(runs) }, context.nextLinkId);
