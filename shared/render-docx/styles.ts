import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  UnderlineType,
  type IParagraphStyleOptions,
  type ISpacingProperties,
  type IStylesOptions,
} from 'docx';
import { DRAFT_RED, PAGE_GEOMETRY, STYLE_SHEET, type ColourRole, type ParagraphLook, type Theme } from '../doc-tree';
import { wordColour } from './colour';
import { STYLE_ID } from './style-ids';

/** Half-points, the unit of w:sz. */
const halfPoints = (value: number): number => Math.round(value * 2);
/** Twips (1/20 pt), the unit of w:spacing and w:ind. */
const twips = (value: number): number => Math.round(value * 20);
/** Line spacing as Word's auto rule writes it: 240ths of a single line. */
const autoLine = (multiple: number): number => Math.round(multiple * 240);

/**
 * Spacing with the line rule written out. Word takes a missing w:lineRule as auto; LibreOffice 7.4 took it as exact
 * and clipped every picture to one line's height. So every spacing with a line says it is auto.
 */
const spacingOf = (look: ParagraphLook): ISpacingProperties => ({
  ...(look.beforePt > 0 ? { before: twips(look.beforePt) } : {}),
  after: twips(look.afterPt),
  line: autoLine(look.lineSpacing),
  lineRule: LineRuleType.AUTO,
});

/**
 * The document's styles, from the shared style sheet (shared/doc-tree/style-sheet.ts) so the PDF matches. Every
 * paragraph names one of these, so a comms officer who changes a style in Word changes every paragraph of that kind,
 * and screen readers and converters see headings as headings.
 *
 * Word's built-in styles keep Word's own names, which is how Word stores them (`heading 1`, `caption`); python-docx
 * and Word's UI show them capitalised ("Heading 1", "Caption").
 */
export const documentStyles = (theme: Theme, language: string): IStylesOptions => {
  const colours: Readonly<Record<ColourRole, string>> = {
    primary: wordColour(theme.colours.primary, 'primary'),
    accent: wordColour(theme.colours.accent, 'accent'),
    text: wordColour(theme.colours.text, 'text'),
    draft: wordColour(DRAFT_RED, 'draft'),
  };
  const fonts = { body: theme.fonts.body, heading: theme.fonts.heading };
  const normal = STYLE_SHEET.normal;

  /** Run properties that differ from Normal. */
  const runOf = (look: ParagraphLook) => ({
    ...(look.font !== normal.font ? { font: fonts[look.font] } : {}),
    ...(look.sizePt !== normal.sizePt ? { size: halfPoints(look.sizePt) } : {}),
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italics: true } : {}),
    ...(look.colour !== normal.colour ? { color: colours[look.colour] } : {}),
  });

  const paragraphOf = (look: ParagraphLook) => ({
    spacing: spacingOf(look),
    ...(look.keepNext ? { keepNext: true } : {}),
    ...(look.keepLines ? { keepLines: true } : {}),
    ...(look.align === 'center' ? { alignment: AlignmentType.CENTER } : {}),
  });

  const style = (id: string, name: string, look: ParagraphLook, options: Omit<IParagraphStyleOptions, 'id' | 'name'> = {}): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE_ID.normal,
    next: STYLE_ID.normal,
    quickFormat: true,
    ...options,
    run: { ...runOf(look), ...options.run },
    paragraph: { ...paragraphOf(look), ...options.paragraph },
  });

  const normalRun = { font: fonts.body, size: halfPoints(normal.sizePt), color: colours.text, language: { value: language } };
  const list = STYLE_SHEET.listItem;
  const listParagraph = { indent: { left: twips(list.indentLeftPt), hanging: twips(list.hangingPt) } };

  return {
    default: {
      document: { run: normalRun, paragraph: { spacing: spacingOf(normal) } },
    },
    paragraphStyles: [
      {
        id: STYLE_ID.normal,
        name: 'Normal',
        quickFormat: true,
        // Repeated from the document defaults: some readers (and Word's Modify Style dialog) look only at Normal.
        run: normalRun,
        // Left-aligned, ragged right: even word spacing is easier to read than justified text.
        paragraph: { alignment: AlignmentType.LEFT, spacing: spacingOf(normal) },
      },
      // The outline levels are what make LibreOffice, PDF bookmarks and navigation panes treat headings as headings.
      style(STYLE_ID.heading1, 'heading 1', STYLE_SHEET.heading1, { uiPriority: 9, paragraph: { outlineLevel: 0 } }),
      style(STYLE_ID.heading2, 'heading 2', STYLE_SHEET.heading2, { uiPriority: 9, paragraph: { outlineLevel: 1 } }),
      style(STYLE_ID.listBullet, 'List Bullet', list, { uiPriority: 36, paragraph: listParagraph }),
      style(STYLE_ID.listNumber, 'List Number', list, { uiPriority: 36, paragraph: listParagraph }),
      // Upright text in the text colour: grey italics are the usual quote style and the hardest to read.
      style(STYLE_ID.quote, 'Quote', STYLE_SHEET.quote, {
        uiPriority: 29,
        run: { color: colours.text },
        paragraph: {
          indent: { left: twips(STYLE_SHEET.quote.indentLeftPt) },
          border: {
            left: { style: BorderStyle.SINGLE, size: PAGE_GEOMETRY.quoteRule.widthPt * 8, color: colours.accent, space: PAGE_GEOMETRY.quoteRule.gapPt },
          },
        },
      }),
      style(STYLE_ID.attribution, 'Attribution', STYLE_SHEET.attribution, { next: STYLE_ID.quote }),
      style(STYLE_ID.label, 'Release Label', STYLE_SHEET.label),
      style(STYLE_ID.meta, 'Release Meta', STYLE_SHEET.meta),
      style(STYLE_ID.embargo, 'Embargo', STYLE_SHEET.embargo),
      style(STYLE_ID.subtitle, 'Subtitle', STYLE_SHEET.standfirst, { uiPriority: 11 }),
      style(STYLE_ID.ends, 'Ends', STYLE_SHEET.ends),
      style(STYLE_ID.caption, 'caption', STYLE_SHEET.caption, { uiPriority: 35, run: { size: halfPoints(STYLE_SHEET.caption.sizePt), color: colours.text } }),
      style(STYLE_ID.credit, 'Credit', STYLE_SHEET.credit),
      style(STYLE_ID.contact, 'Contact', STYLE_SHEET.contact),
      // Briefing packs. Title, toc 1 are Word's built-in names, so Word lists the contents lines as its own.
      style(STYLE_ID.title, 'Title', STYLE_SHEET.title, { uiPriority: 10 }),
      style(STYLE_ID.coverMeta, 'Cover Meta', STYLE_SHEET.coverMeta),
      style(STYLE_ID.question, 'Question', STYLE_SHEET.question, { next: STYLE_ID.answer }),
      style(STYLE_ID.answer, 'Answer', STYLE_SHEET.answer, { next: STYLE_ID.question }),
      // contents.ts puts the page number's tab stop on each line. No right indent: LibreOffice hides text at a tab stop
      // past the right indent (tried: the numbers vanished), so a title runs to the text's edge before it wraps.
      style(STYLE_ID.contentsEntry, 'toc 1', STYLE_SHEET.contentsEntry, { uiPriority: 39 }),
      style(STYLE_ID.classification, 'Classification', STYLE_SHEET.classification, { uiPriority: 99 }),
      style(STYLE_ID.header, 'header', STYLE_SHEET.header, { uiPriority: 99 }),
      style(STYLE_ID.footer, 'footer', STYLE_SHEET.footer, { uiPriority: 99 }),
      style(STYLE_ID.draftMark, 'Draft Mark', STYLE_SHEET.draftMark, {
        paragraph: {
          border: {
            top: { style: BorderStyle.SINGLE, size: PAGE_GEOMETRY.draftRule.widthPt * 8, color: colours.draft, space: PAGE_GEOMETRY.draftRule.gapPt },
            bottom: { style: BorderStyle.SINGLE, size: PAGE_GEOMETRY.draftRule.widthPt * 8, color: colours.draft, space: PAGE_GEOMETRY.draftRule.gapPt },
          },
        },
      }),
    ],
    characterStyles: [
      {
        id: STYLE_ID.hyperlink,
        name: 'Hyperlink',
        basedOn: 'DefaultParagraphFont',
        uiPriority: 99,
        unhideWhenUsed: true,
        run: { color: colours.accent, underline: { type: UnderlineType.SINGLE } },
      },
    ],
  };
};
