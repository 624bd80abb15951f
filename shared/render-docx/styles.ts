import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  UnderlineType,
  type IParagraphStyleOptions,
  type ISpacingProperties,
  type IStylesOptions,
} from 'docx';
import type { Theme } from '../doc-tree';
import { DRAFT_RED, wordColour } from './colour';
import { STYLE_ID } from './style-ids';

/** Half-points, the unit of w:sz. No text is smaller than 12 pt (GOV.UK guidance for accessible documents). */
const pt = (value: number): number => value * 2;
/** Twips of space, for w:spacing. */
const spacePt = (value: number): number => value * 20;

/** 1.15 line spacing (w:line is in 240ths of a line when the rule is auto). */
const LINE = 276;

/**
 * Spacing with the line rule written out. Word takes a missing w:lineRule as auto; LibreOffice 7.4 took it as exact
 * and clipped every picture to one line's height. So every spacing with a line says it is auto.
 */
const lines = (spacing: ISpacingProperties): ISpacingProperties => ({ ...spacing, lineRule: LineRuleType.AUTO });

/**
 * The document's styles. Every paragraph names one of these, so a comms officer who changes a style in Word changes
 * every paragraph of that kind, and screen readers and converters see headings as headings.
 *
 * Word's built-in styles keep Word's own names, which is how Word stores them (`heading 1`, `caption`); python-docx
 * and Word's UI show them capitalised ("Heading 1", "Caption").
 */
export const documentStyles = (theme: Theme, language: string): IStylesOptions => {
  const primary = wordColour(theme.colours.primary, 'primary');
  const accent = wordColour(theme.colours.accent, 'accent');
  const text = wordColour(theme.colours.text, 'text');
  const body = theme.fonts.body;
  const heading = theme.fonts.heading;

  const style = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE_ID.normal,
    next: STYLE_ID.normal,
    quickFormat: true,
    ...options,
  });

  const listParagraph = { indent: { left: 720, hanging: 360 }, spacing: lines({ after: spacePt(4), line: LINE }) };

  return {
    default: {
      document: {
        run: { font: body, size: pt(12), color: text, language: { value: language } },
        paragraph: { spacing: lines({ after: spacePt(8), line: LINE }) },
      },
    },
    paragraphStyles: [
      {
        id: STYLE_ID.normal,
        name: 'Normal',
        quickFormat: true,
        // Repeated from the document defaults: some readers (and Word's Modify Style dialog) look only at Normal.
        run: { font: body, size: pt(12), color: text, language: { value: language } },
        // Left-aligned, ragged right: even word spacing is easier to read than justified text.
        paragraph: { alignment: AlignmentType.LEFT, spacing: lines({ after: spacePt(8), line: LINE }) },
      },
      style(STYLE_ID.heading1, 'heading 1', {
        uiPriority: 9,
        run: { font: heading, size: pt(22), bold: true, color: primary },
        // The outline level is what makes LibreOffice, PDF bookmarks and navigation panes treat it as a heading.
        paragraph: { outlineLevel: 0, keepNext: true, keepLines: true, spacing: lines({ before: spacePt(6), after: spacePt(12), line: 240 }) },
      }),
      style(STYLE_ID.heading2, 'heading 2', {
        uiPriority: 9,
        run: { font: heading, size: pt(15), bold: true, color: primary },
        paragraph: { outlineLevel: 1, keepNext: true, keepLines: true, spacing: lines({ before: spacePt(14), after: spacePt(6), line: 240 }) },
      }),
      style(STYLE_ID.listBullet, 'List Bullet', { uiPriority: 36, paragraph: listParagraph }),
      style(STYLE_ID.listNumber, 'List Number', { uiPriority: 36, paragraph: listParagraph }),
      style(STYLE_ID.quote, 'Quote', {
        uiPriority: 29,
        // Upright text in the text colour: grey italics are the usual quote style and the hardest to read.
        run: { color: text },
        paragraph: {
          indent: { left: 284 },
          border: { left: { style: BorderStyle.SINGLE, size: 24, color: accent, space: 10 } },
          spacing: lines({ after: spacePt(8), line: LINE }),
        },
      }),
      style(STYLE_ID.attribution, 'Attribution', {
        next: STYLE_ID.quote,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: lines({ before: spacePt(6), after: spacePt(6), line: LINE }) },
      }),
      style(STYLE_ID.label, 'Release Label', {
        run: { font: heading, size: pt(14), bold: true, color: primary },
        paragraph: { keepNext: true, spacing: lines({ after: spacePt(4), line: LINE }) },
      }),
      style(STYLE_ID.meta, 'Release Meta', { paragraph: { spacing: lines({ after: spacePt(2), line: LINE }) } }),
      style(STYLE_ID.embargo, 'Embargo', {
        run: { bold: true },
        paragraph: { keepNext: true, spacing: lines({ before: spacePt(6), after: spacePt(12), line: LINE }) },
      }),
      style(STYLE_ID.subtitle, 'Subtitle', {
        uiPriority: 11,
        run: { size: pt(14) },
        paragraph: { spacing: lines({ after: spacePt(12), line: LINE }) },
      }),
      style(STYLE_ID.ends, 'Ends', {
        run: { bold: true },
        paragraph: { spacing: lines({ before: spacePt(12), after: spacePt(12), line: LINE }) },
      }),
      style(STYLE_ID.caption, 'caption', {
        uiPriority: 35,
        run: { size: pt(12), color: text },
        paragraph: { spacing: lines({ before: spacePt(4), after: spacePt(2), line: LINE }) },
      }),
      style(STYLE_ID.credit, 'Credit', {
        run: { italics: true },
        paragraph: { spacing: lines({ after: spacePt(10), line: LINE }) },
      }),
      style(STYLE_ID.contact, 'Contact', { paragraph: { spacing: lines({ after: spacePt(2), line: LINE }) } }),
      style(STYLE_ID.header, 'header', { uiPriority: 99, paragraph: { spacing: lines({ after: 0, line: 240 }) } }),
      style(STYLE_ID.footer, 'footer', { uiPriority: 99, paragraph: { spacing: lines({ after: 0, line: 240 }) } }),
      style(STYLE_ID.draftMark, 'Draft Mark', {
        run: { font: heading, size: pt(14), bold: true, color: DRAFT_RED },
        paragraph: {
          alignment: AlignmentType.CENTER,
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 2 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: DRAFT_RED, space: 2 },
          },
          spacing: lines({ before: spacePt(6), after: spacePt(6), line: 240 }),
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
        run: { color: accent, underline: { type: UnderlineType.SINGLE } },
      },
    ],
  };
};
