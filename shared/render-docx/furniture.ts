import { Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { PAGE_GEOMETRY, type PageFurniture } from '../doc-tree';
import { pictureRun } from './images';
import type { RenderContext } from './render-context';
import { STYLE_ID } from './style-ids';

/** The logo fits the shared logo box (6 × 2.5 cm) at the top of the first page; docx sizes drawings in 96-dpi pixels. */
const PX_PER_PT = 96 / 72;
const LOGO_BOX = { maxWidth: PAGE_GEOMETRY.logoBox.widthPt * PX_PER_PT, maxHeight: PAGE_GEOMETRY.logoBox.heightPt * PX_PER_PT };

export interface SectionFurniture {
  readonly headers?: ISectionOptions['headers'];
  readonly footers: NonNullable<ISectionOptions['footers']>;
  /** The first page has a header of its own (w:titlePg). */
  readonly titlePage: boolean;
}

/** "DRAFT – NOT APPROVED FOR ISSUE" as a bold red banner at the top of the page. */
const draftBanner = (text: string): Paragraph => new Paragraph({ style: STYLE_ID.draftMark, children: [new TextRun(text)] });

const logoParagraph = (context: RenderContext, logo: NonNullable<PageFurniture['logo']>): Paragraph =>
  new Paragraph({
    style: STYLE_ID.header,
    spacing: { after: Math.round(PAGE_GEOMETRY.logoAfterPt * 20) },
    children: [pictureRun(context, { image: logo.image, alt: logo.alt, decorative: false, box: LOGO_BOX, name: 'Logo' })],
  });

/** The footer line, then "Page X of Y" from Word's PAGE and NUMPAGES fields, so it stays right as the text changes. */
const footer = (footerLine: string | undefined): Footer =>
  new Footer({
    children: [
      ...(footerLine === undefined || footerLine === '' ? [] : [new Paragraph({ style: STYLE_ID.footer, children: [new TextRun(footerLine)] })]),
      new Paragraph({
        style: STYLE_ID.footer,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });

/**
 * Headers and footers. The logo is on the first page only (a first-page header, w:titlePg), as on a printed release;
 * the DRAFT banner, when the release is not signed off, is in the header of every page; the footer is on every page.
 */
export const sectionFurniture = (context: RenderContext, page: PageFurniture): SectionFurniture => {
  const draft = page.draftMark === undefined || page.draftMark === '' ? undefined : page.draftMark;
  const defaultHeader = draft === undefined ? undefined : new Header({ children: [draftBanner(draft)] });
  if (page.logo === undefined) {
    return {
      ...(defaultHeader === undefined ? {} : { headers: { default: defaultHeader } }),
      footers: { default: footer(page.footerLine) },
      titlePage: false,
    };
  }
  const firstHeader = new Header({
    children: [logoParagraph(context, page.logo), ...(draft === undefined ? [] : [draftBanner(draft)])],
  });
  return {
    headers: { first: firstHeader, ...(defaultHeader === undefined ? {} : { default: defaultHeader }) },
    // With a first-page header, the first page also needs a footer of its own or it would have none.
    footers: { first: footer(page.footerLine), default: footer(page.footerLine) },
    titlePage: true,
  };
};
