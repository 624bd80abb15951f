import type { CSSProperties } from 'react';
import type { PreviewDocument } from '../../../shared/ipc';
import { DRAFT_RED, STYLE_SHEET, type LookName, type ParagraphLook } from '../../../shared/doc-tree/style-sheet';

/**
 * The preview draws each paragraph with the shared style sheet the DOCX and PDF renderers use, so sizes, weights and
 * spacing cannot drift from the exported documents. Points are CSS points. (React's style prop is set through the
 * CSSOM, which the page's Content-Security-Policy allows; style="" in HTML would not be.)
 */

export type Theme = PreviewDocument['theme'];

const fontStack = (name: string): string => `"${name.replace(/["\\]/g, '')}", Arial, "Liberation Sans", Helvetica, sans-serif`;

export function lookStyle(look: ParagraphLook, theme: Theme): CSSProperties {
  const colour = look.colour === 'draft' ? DRAFT_RED : theme.colours[look.colour];
  return {
    fontFamily: fontStack(look.font === 'heading' ? theme.fonts.heading : theme.fonts.body),
    fontSize: `${look.sizePt}pt`,
    fontWeight: look.bold ? 'bold' : 'normal',
    fontStyle: look.italic ? 'italic' : 'normal',
    color: colour,
    marginTop: `${look.beforePt}pt`,
    marginBottom: `${look.afterPt}pt`,
    lineHeight: look.lineSpacing * 1.15,
    textAlign: look.align ?? 'left',
    ...(look.indentLeftPt ? { paddingLeft: `${look.indentLeftPt}pt` } : {}),
  };
}

/** The look for a paragraph style name from the document ('normal', 'meta', 'embargo'…), 'normal' when unknown. */
export function styleFor(name: string, theme: Theme): CSSProperties {
  const look: ParagraphLook = Object.hasOwn(STYLE_SHEET, name) ? STYLE_SHEET[name as LookName] : STYLE_SHEET.normal;
  return lookStyle(look, theme);
}
