import { drawLine as lineOperators, type PDFImage, type PDFOperator, type PDFPage } from '@cantoo/pdf-lib';
import { PAGE_GEOMETRY, STYLE_SHEET, logoRow, type ImageData, type PageFurniture } from '../../doc-tree';
import type { StructureBuilder } from '../structure';
import type { LaidLine, TextEngine } from '../text';
import { components, type Palette } from './colour';
import { pictureOperators } from './flow';

/**
 * Header and footer, as in the DOCX: any protective marking first in the header and last in the footer, the logo (and a joint release's partner logos, in a row) at the top of the first page, the DRAFT banner at the top of every
 * page of a draft, and the footer line with "Page X of Y" at the bottom of every page. All of it is page furniture,
 * so it is tagged as artifacts and screen readers skip it. The text area starts below the header and ends above
 * the footer, as Word pushes the body away from a tall header or footer.
 */
export interface Furniture {
  /** Distance from the page top to the start of the text area on this page. */
  textTop(pageIndex: number): number;
  /** Distance from the page top to the end of the text area. */
  readonly textBottom: number;
  draw(page: PDFPage, pageIndex: number, pageCount: number): PDFOperator[];
}

const G = PAGE_GEOMETRY;
const WIDTH = G.widthPt - 2 * G.marginPt;

/** `embed` puts a picture into the document once, however often it is drawn. */
export async function layoutFurniture(
  engine: TextEngine,
  structure: StructureBuilder,
  palette: Palette,
  page: PageFurniture,
  embed: (image: ImageData) => Promise<PDFImage>,
): Promise<Furniture> {
  // The brand's logo, then its partners', all the same height, in one row no wider than the text (doc-tree/logo-row.ts).
  const logos = [...(page.logo ? [page.logo] : []), ...(page.partnerLogos ?? [])];
  const sizes = logoRow(logos.map((logo) => logo.image));
  const embedded = await Promise.all(logos.map((logo) => embed(logo.image)));
  const banner = STYLE_SHEET.draftMark;
  const bannerMetrics = engine.metrics(banner.sizePt, banner.font);
  const bannerLine = page.draftMark
    ? engine.breakLines([{ text: page.draftMark, bold: true }], { font: banner.font, sizePt: banner.sizePt, width: WIDTH })[0]
    : undefined;
  const rule = G.draftRule;
  const bannerLineHeight = bannerMetrics.lineHeight * banner.lineSpacing;
  const bannerHeight = bannerLine ? banner.beforePt + rule.widthPt + rule.gapPt + bannerLineHeight + rule.gapPt + rule.widthPt + banner.afterPt : 0;
  const textLine = (line: LaidLine, x: number, baseline: number, colour: keyof Palette): PDFOperator[] =>
    engine.drawLine(line, x, G.heightPt - baseline, components(palette[colour])).operators;
  const logoHeight = sizes.length > 0 ? sizes[0]!.heightPt + G.logoAfterPt : 0;

  // The protective marking: one bold centred line at the top of the header and one at the bottom of the footer.
  const marking = STYLE_SHEET.classification;
  const markingMetrics = engine.metrics(marking.sizePt, marking.font);
  const markingLineHeight = markingMetrics.lineHeight * marking.lineSpacing;
  const markingLines: LaidLine[] = page.classification
    ? engine.breakLines([{ text: page.classification, bold: true }], { font: marking.font, sizePt: marking.sizePt, width: WIDTH })
    : [];
  const markingHeight = markingLines.length * markingLineHeight;
  const drawMarking = (top: number, colour: keyof Palette): PDFOperator[] => {
    const operators: PDFOperator[] = [];
    markingLines.forEach((line, index) => {
      operators.push(...textLine(line, G.marginPt + (WIDTH - line.width) / 2, top + index * markingLineHeight + markingMetrics.ascent, colour));
    });
    return operators;
  };

  const footer = STYLE_SHEET.footer;
  const footerMetrics = engine.metrics(footer.sizePt, footer.font);
  const footerLineHeight = footerMetrics.lineHeight * footer.lineSpacing;
  const footerLines: LaidLine[] = page.footerLine ? engine.breakLines([{ text: page.footerLine }], { font: footer.font, sizePt: footer.sizePt, width: WIDTH }) : [];
  const footerHeight = (footerLines.length + 1) * footerLineHeight + markingHeight;
  const footerTop = G.heightPt - G.footerDistancePt - footerHeight;

  const headerHeight = (pageIndex: number) => markingHeight + (pageIndex === 0 ? logoHeight : 0) + bannerHeight;

  return {
    textTop: (pageIndex) => Math.max(G.marginPt, G.headerDistancePt + headerHeight(pageIndex)),
    textBottom: Math.min(G.heightPt - G.marginPt, footerTop),
    draw(pdfPage, pageIndex, pageCount) {
      const operators: PDFOperator[] = [];
      let y = G.headerDistancePt;
      const header = structure.artifact('Header');
      operators.push(...header.begin);
      operators.push(...drawMarking(y, 'text'));
      y += markingHeight;
      if (pageIndex === 0 && sizes.length > 0) {
        let x = G.marginPt;
        sizes.forEach((size, index) => {
          operators.push(...pictureOperators(pdfPage, embedded[index]!, x, y, size.widthPt, size.heightPt));
          x += size.widthPt + G.logoGapPt;
        });
        y += logoHeight;
      }
      if (bannerLine) {
        y += banner.beforePt;
        const red = palette.draft;
        const ruleAt = (top: number) =>
          lineOperators({ start: { x: G.marginPt, y: G.heightPt - top }, end: { x: G.marginPt + WIDTH, y: G.heightPt - top }, thickness: rule.widthPt, color: red });
        operators.push(...ruleAt(y + rule.widthPt / 2));
        y += rule.widthPt + rule.gapPt;
        operators.push(...textLine(bannerLine, G.marginPt + (WIDTH - bannerLine.width) / 2, y + bannerMetrics.ascent, 'draft'));
        y += bannerLineHeight + rule.gapPt;
        operators.push(...ruleAt(y + rule.widthPt / 2));
      }
      operators.push(...header.end);

      const foot = structure.artifact('Footer');
      operators.push(...foot.begin);
      let baseline = footerTop + footerMetrics.ascent;
      for (const line of footerLines) {
        operators.push(...textLine(line, G.marginPt, baseline, 'text'));
        baseline += footerLineHeight;
      }
      const pageLine = engine.breakLines([{ text: `Page ${pageIndex + 1} of ${pageCount}` }], { font: footer.font, sizePt: footer.sizePt, width: WIDTH })[0];
      if (pageLine) operators.push(...textLine(pageLine, G.marginPt, baseline, 'text'));
      operators.push(...drawMarking(baseline - footerMetrics.ascent + footerLineHeight, 'text'));
      operators.push(...foot.end);
      return operators;
    },
  };
}
