import type { ParagraphStyle } from '../doc-tree';

/**
 * Style ids. Where Word has a built-in style (Heading1, ListBullet, Quote, Caption, Subtitle …) we use Word's id, so
 * Word, LibreOffice and python-docx all recognise it as that style; the rest are our own, named in styles.ts.
 */
export const STYLE_ID = {
  normal: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  quote: 'Quote',
  draftMark: 'DraftMark',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
  label: 'ReleaseLabel',
  meta: 'ReleaseMeta',
  embargo: 'Embargo',
  subtitle: 'Subtitle',
  attribution: 'Attribution',
  ends: 'Ends',
  caption: 'Caption',
  credit: 'Credit',
  contact: 'Contact',
  title: 'Title',
  coverMeta: 'CoverMeta',
  question: 'Question',
  answer: 'Answer',
  /** Word's own id for the first level of a table of contents ("toc 1"), so Word treats the lines as contents. */
  contentsEntry: 'TOC1',
  classification: 'Classification',
} as const;

/** The style each of the tree's paragraph styles is written with. */
export const PARAGRAPH_STYLE_ID: Readonly<Record<ParagraphStyle, string>> = {
  normal: STYLE_ID.normal,
  label: STYLE_ID.label,
  meta: STYLE_ID.meta,
  embargo: STYLE_ID.embargo,
  standfirst: STYLE_ID.subtitle,
  ends: STYLE_ID.ends,
  contact: STYLE_ID.contact,
  title: STYLE_ID.title,
  coverMeta: STYLE_ID.coverMeta,
  question: STYLE_ID.question,
  answer: STYLE_ID.answer,
  contentsEntry: STYLE_ID.contentsEntry,
};
