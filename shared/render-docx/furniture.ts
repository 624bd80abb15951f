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
  text === undefined || text === '' ? [] : [new Paragraph({ style: STYLE_ID.classification, children: [new TextRun(text)] })];

/**
 * The footer line, then "Page X of Y" from Word's PAGE and NUMPAGES fields, so it stays right as the text changes,
 * then any protective marking.
 */
const footer = (footerLine: string | undefined, classification: string | undefined): Footer =>
  new Footer({
    children: [
      ...(footerLine === undefined || footerLine === '' ? [] : [new Paragraph({ style: STYLE_ID.footer, children: [new TextRun(footerLine)] })]),
      new Paragraph({
        style: STYLE_ID.footer,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
      ...classificationLine(classification),
    ],
  });

/**
 * Headers and footers. The logo, with any partners' logos beside it, is on the first page only (a first-page header, w:titlePg), as on a printed release;
 * the DRAFT banner, when the release is not signed off, is in the header of every page; the footer is on every page.
 */
export const sectionFurniture = (context: RenderContext, page: PageFurniture): SectionFurniture => {
  const draft = page.draftMark === undefined || page.draftMark === '' ? undefined : page.draftMark;
  const marking = classificationLine(page.classification);
  const defaultHeader = draft === undefined && marking.length === 0 ? undefined : new Header({ children: [...marking, ...(draft === undefined ? [] : [draftBanner(draft)])] });
  const logos = [...(page.logo ? [page.logo] : []), ...(page.partnerLogos ?? [])];
  if (logos.length === 0) {
    return {
      ...(defaultHeader === undefined ? {} : { headers: { default: defaultHeader } }),
      footers: { default: footer(page.footerLine, page.classification) },
      titlePage: false,
    };
  }
  const firstHeader = new Header({
    children: [...classificationLine(page.classification), logoParagraph(context, logos), ...(draft === undefined ? [] : [draftBanner(draft)])],
  });
  return {
    headers: { first: firstHeader, ...(defaultHeader === undefined ? {} : { default: defaultHeader }) },
    // With a first-page header, the first page also needs a footer of its own or it would have none.
    footers: { first: footer(page.footerLine, page.classification), default: footer(page.footerLine, page.classification) },
    titlePage: true,
  };
};
