import { BookmarkEnd, BookmarkStart, BuilderElement, ConcreteHyperlink, LeaderType, Run, Tab, TabStopType, TextRun, type ParagraphChild, type XmlComponent } from 'docx';
import type { Runs } from '../doc-tree';
import { TEXT_WIDTH_TWIPS } from './page';
import type { RenderContext } from './render-context';
import { paragraphChildren } from './runs';
import { StableParagraph } from './stable-paragraph';
import { STYLE_ID } from './style-ids';

/**
 * Word's name for the bookmark on the heading with this anchor. A leading underscore hides it from Word's
 * Bookmarks dialog, as Word hides the _Toc bookmarks of its own contents; names are at most 40 characters.
 */
export const bookmarkName = (anchor: string): string => `_Toc_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

/** A heading's runs inside a bookmark named after its anchor, which contents lines link to and count pages to. */
export const bookmarked = (context: RenderContext, anchor: string, runs: Runs): ParagraphChild[] => {
  const id = context.nextBookmarkId();
  // docx's Bookmark would take its id from a module-wide counter; the start and end go into the paragraph as they are.
  return [new BookmarkStart(bookmarkName(anchor), id) as unknown as ParagraphChild, ...paragraphChildren(runs), new BookmarkEnd(id) as unknown as ParagraphChild];
};

const fieldChar = (type: 'begin' | 'separate' | 'end', dirty: boolean): Run =>
  new Run({
    children: [
      new BuilderElement({
        name: 'w:fldChar',
        attributes: { type: { key: 'w:fldCharType', value: type }, ...(dirty ? { dirty: { key: 'w:dirty', value: true } } : {}) },
      }),
    ],
  });

const instruction = (text: string): Run =>
  new Run({
    children: [
      new BuilderElement({
        name: 'w:instrText',
        attributes: { space: { key: 'xml:space', value: 'preserve' } },
        children: [text as unknown as XmlComponent],
      }),
    ],
  });

/**
 * A contents line: the title and a PAGEREF field to the heading's bookmark, after a right tab with a dot leader, the
 * whole line an internal hyperlink to the heading. The field's result is written as the number our layout worked
 * out (`pageNumbers`), not marked dirty, so Word shows it without asking to update fields; LibreOffice works
 * PAGEREF out again from its own layout when it opens the file, and a person pressing F9 in Word does the same.
 * Without a number (a render that was not given one) the field is marked dirty, so Word fills it in.
 */
export const contentsLine = (context: RenderContext, runs: Runs, anchor: string): StableParagraph => {
  const page = context.pageNumbers.get(anchor);
  const name = bookmarkName(anchor);
  const dirty = page === undefined;
  const children = [
    ...paragraphChildren(runs),
    new TextRun({ children: [new Tab()] }),
    fieldChar('begin', dirty),
    instruction(` PAGEREF ${name} \\h `),
    fieldChar('separate', false),
    new TextRun(page === undefined ? '' : String(page)),
    fieldChar('end', false),
  ];
  return new StableParagraph(
    {
      style: STYLE_ID.contentsEntry,
      // The number sits at a right tab at the text's edge, after a dot leader, as the PDF draws it. docx cannot put tab
      // stops in a style.
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS, leader: LeaderType.DOT }],
      children: [new ConcreteHyperlink(children as ParagraphChild[], context.nextLinkId(), name)],
    },
    context.nextLinkId,
  );
};
