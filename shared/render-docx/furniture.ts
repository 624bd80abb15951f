import { Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ISectionOptions, type ParagraphChild } from 'docx';
import { PAGE_GEOMETRY, logoRow, type PageFurniture, type PageLogo } from '../doc-tree';
import { pictureRun } from './images';
import type { RenderContext } from './render-context';
import { STYLE_ID } from './style-ids';

/** docx sizes drawings in 96-dpi pixels; tab stops are in twips. */
const PX_PER_PT = 96 / 72;
const twips = (pt: number): number => Math.round(pt * 20);

export interface SectionFurniture {
  readonly headers?: ISectionOptions['headers'];
  readonly footers: NonNullable<ISectionOptions['footers']>;
  /** The first page has a header of its own (w:titlePg). */
  readonly titlePage: boolean;
}

/** Text the furniture has: neither absent nor empty. */
const given = (text: string | undefined): text is string => text !== undefined && text !== '';

/** "DRAFT – NOT APPROVED FOR ISSUE" as a bold red banner at the top of the page. */
const draftBanner = (text: string): Paragraph => new Paragraph({ style: STYLE_ID.draftMark, children: [new TextRun(text)] });

/**
 * The logos in one row, sized by the shared logoRow (so the PDF's row matches), each after a tab to a left tab stop
 * where it starts: the gaps are exact in Word and LibreOffice alike, which spaces between pictures would not be.
 */
const logoParagraph = (context: RenderContext, logos: readonly PageLogo[]): Paragraph => {
  const sizes = logoRow(logos.map((logo) => logo.image));
  const starts: number[] = [];
  let x = 0;
  for (const size of sizes) {
    starts.push(x);
    x += size.widthPt + PAGE_GEOMETRY.logoGapPt;
  }
  const children: ParagraphChild[] = [];
  logos.forEach((logo, index) => {
    const size = sizes[index]!;
    if (index > 0) children.push(new TextRun({ children: [new Tab()] }));
    children.push(
      pictureRun(context, {
        image: logo.image,
        alt: logo.alt,
        decorative: false,
        size: { width: Math.max(1, Math.round(size.widthPt * PX_PER_PT)), height: Math.max(1, Math.round(size.heightPt * PX_PER_PT)) },
        name: index === 0 ? 'Logo' : 'Partner logo',
        furniture: true,
      }),
    );
  });
  return new Paragraph({
    style: STYLE_ID.header,
    spacing: { after: twips(PAGE_GEOMETRY.logoAfterPt) },
    ...(starts.length > 1 ? { tabStops: starts.slice(1).map((start) => ({ type: TabStopType.LEFT, position: twips(start) })) } : {}),
    children,
  });
};

/** The protective marking, bold and centred, at the top and the bottom of every page. */
const classificationLine = (text: string | undefined): Paragraph[] =>
  given(text) ? [new Paragraph({ style: STYLE_ID.classification, children: [new TextRun(text)] })] : [];

/**
 * The footer line, then "Page X of Y" from Word's PAGE and NUMPAGES fields, so it stays right as the text changes,
 * then any protective marking.
 */
const footer = (footerLine: string | undefined, classification: string | undefined): Footer =>
  new Footer({
    children: [
      ...(given(footerLine) ? [new Paragraph({ style: STYLE_ID.footer, children: [new TextRun(footerLine)] })] : []),
      new Paragraph({
        style: STYLE_ID.footer,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
      ...classificationLine(classification),
    ],
  });

/** The logos on the first page, in the row's order: the brand's own, then its partners'. */
export const pageLogos = (page: PageFurniture): PageLogo[] => [...(page.logo ? [page.logo] : []), ...(page.partnerLogos ?? [])];

/**
 * How each header and footer is made. sectionFurniture decides which there are and what goes in each; these make
 * them as docx objects, or (furniture-parts.ts) as stand-ins for parts kept from an earlier export.
 */
export interface FurnitureMaker {
  /** The first page's: any protective marking, the row of logos, any DRAFT banner. */
  firstHeader(context: RenderContext, page: PageFurniture, logos: readonly PageLogo[], draft: string | undefined): Header;
  /** Every page's but the first when that has its own: any protective marking, any DRAFT banner. */
  defaultHeader(page: PageFurniture, draft: string | undefined): Header;
  footer(page: PageFurniture): Footer;
}

const DOCX_FURNITURE: FurnitureMaker = {
  firstHeader: (context, page, logos, draft) =>
    new Header({ children: [...classificationLine(page.classification), logoParagraph(context, logos), ...(draft === undefined ? [] : [draftBanner(draft)])] }),
  defaultHeader: (page, draft) => new Header({ children: [...classificationLine(page.classification), ...(draft === undefined ? [] : [draftBanner(draft)])] }),
  footer: (page) => footer(page.footerLine, page.classification),
};

/**
 * Headers and footers. The logo, with any partners' logos beside it, is on the first page only (a first-page header, w:titlePg), as on a printed release;
 * the DRAFT banner, when the release is not signed off, is in the header of every page; the footer is on every page.
 * The logos' drawings are the document's first (renderDocx makes the furniture before the body), which the headers
 * furniture-parts.ts keeps rely on.
 */
export const sectionFurniture = (context: RenderContext, page: PageFurniture, make: FurnitureMaker = DOCX_FURNITURE): SectionFurniture => {
  const draft = given(page.draftMark) ? page.draftMark : undefined;
  const hasDefaultHeader = draft !== undefined || given(page.classification);
  const logos = pageLogos(page);
  if (logos.length === 0) {
    return {
      ...(hasDefaultHeader ? { headers: { default: make.defaultHeader(page, draft) } } : {}),
      footers: { default: make.footer(page) },
      titlePage: false,
    };
  }
  return {
    headers: { first: make.firstHeader(context, page, logos, draft), ...(hasDefaultHeader ? { default: make.defaultHeader(page, draft) } : {}) },
    // With a first-page header, the first page also needs a footer of its own or it would have none.
    footers: { first: make.footer(page), default: make.footer(page) },
    titlePage: true,
  };
};
