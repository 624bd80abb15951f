import { drawImage, drawLine as lineOperators, type PDFImage, type PDFOperator, type PDFPage } from '@cantoo/pdf-lib';
import { IMAGE_MAX_DPI, PAGE_GEOMETRY, STYLE_SHEET, type Block, type ImageData, type ParagraphLook, type ParagraphStyle, type Runs } from '../../doc-tree';
import type { StructElement, StructType, StructureBuilder } from '../structure';
import type { TextEngine } from '../text';
import type { Palette } from './colour';
import { contentsLine } from './contents-line';
import { drawingOn } from './drawing';
import { drawTextLine, spansOf, type LineDrawing } from './lines';
import { tableUnits } from './table';
import type { BoxUnit, DrawTarget, ParagraphUnit, Unit } from './units';

/** Marks a unit as starting a new page, or as the place of an anchor, when its block says so. */
const withExtras = <T extends Unit>(unit: T, extras: { readonly pageBreakBefore?: boolean | undefined; readonly anchor?: string | undefined }): T => ({
  ...unit,
  ...(extras.pageBreakBefore ? { pageBreakBefore: true } : {}),
  ...(extras.anchor === undefined ? {} : { anchor: extras.anchor }),
});

/** What building the flow needs. */
export interface FlowContext {
  readonly engine: TextEngine;
  readonly structure: StructureBuilder;
  readonly palette: Palette;
  /** Embeds a picture once per document. */
  readonly embed: (image: ImageData) => Promise<PDFImage>;
  /** Headings, for the bookmarks: filled in as headings are drawn. */
  readonly outline: { title: string; pageIndex: number; top: number; level: 1 | 2 }[];
  /** A link that wrapped off the end of the last line drawn (see LineDrawing.openLink). */
  readonly openLink: LineDrawing['openLink'];
  /** Height of the shortest page's text area: a table row taller than this is drawn in slices. */
  readonly textHeight: number;
  /** Where each anchored heading was placed, filled in after pagination and before drawing (contents lines read it). */
  readonly anchors: Map<string, { readonly page: PDFPage; readonly pageIndex: number; readonly top: number }>;
}

const LOOKS: Readonly<Record<ParagraphStyle, ParagraphLook>> = {
  normal: STYLE_SHEET.normal,
  label: STYLE_SHEET.label,
  meta: STYLE_SHEET.meta,
  embargo: STYLE_SHEET.embargo,
  standfirst: STYLE_SHEET.standfirst,
  ends: STYLE_SHEET.ends,
  contact: STYLE_SHEET.contact,
  title: STYLE_SHEET.title,
  coverMeta: STYLE_SHEET.coverMeta,
  question: STYLE_SHEET.question,
  answer: STYLE_SHEET.answer,
  contentsEntry: STYLE_SHEET.contentsEntry,
};

const LEFT = PAGE_GEOMETRY.marginPt;
const WIDTH = PAGE_GEOMETRY.widthPt - 2 * PAGE_GEOMETRY.marginPt;


interface ParagraphOptions {
  readonly look: ParagraphLook;
  readonly runs: Runs;
  /** The element that owns the text (made lazily when first drawn, so elements follow reading order). */
  readonly owner: () => StructElement;
  /** Left edge of the text, relative to the text area. */
  readonly indent?: number;
  /** Drawn beside the first line (a list marker), at this offset from the text area's left edge. */
  readonly marker?: { readonly text: string; readonly x: number; readonly owner: () => StructElement };
  /** Draws extra operators beside a slice (the quote's rule); `ends` is true when the slice ends the paragraph. */
  readonly decorate?: (target: DrawTarget, top: number, height: number, ends: boolean) => PDFOperator[];
  readonly keepNext?: boolean;
  readonly onFirstDraw?: (target: DrawTarget, top: number) => void;
}

function paragraph(context: FlowContext, options: ParagraphOptions): ParagraphUnit {
  const { look } = options;
  const indent = options.indent ?? look.indentLeftPt ?? 0;
  // Lines break, and stand apart, by the metrics of the font the style names (a brand's own, or the bundled one).
  const lines = context.engine.breakLines(spansOf(options.runs, look), { font: look.font, sizePt: look.sizePt, width: WIDTH - indent });
  const metrics = context.engine.metrics(look.sizePt, look.font);
  const lineHeight = metrics.lineHeight * look.lineSpacing;
  const marker = options.marker
    ? context.engine.breakLines([{ text: options.marker.text, ...(look.bold ? { bold: true } : {}) }], { font: look.font, sizePt: look.sizePt, width: WIDTH })[0]
    : undefined;
  let owner: StructElement | undefined;
  const linkTexts = new Map<string, string>();
  for (const run of options.runs) if (run.link) linkTexts.set(run.link, (linkTexts.get(run.link) ?? '') + run.text);
  return {
    kind: 'paragraph',
    lines: lines.length > 0 ? lines : [{ pieces: [], width: 0 }],
    lineHeight,
    beforePt: look.beforePt,
    afterPt: look.afterPt,
    keepNext: options.keepNext ?? look.keepNext ?? false,
    splittable: !look.keepLines && lines.length >= 4,
    draw(target, from, to, top) {
      const operators: PDFOperator[] = [];
      if (from === 0) options.onFirstDraw?.(target, top);
      if (from === 0 && marker && options.marker) {
        const label = options.marker.owner();
        operators.push(...drawTextLine(drawingOn(context, target.page), label, marker, LEFT + options.marker.x, top + metrics.ascent, look.colour));
      }
      for (let index = from; index < to; index++) {
        const line = lines[index];
        // An empty line takes its space but gets no tag: checkers flag empty structure elements.
        if (!line || line.pieces.length === 0) continue;
        owner ??= options.owner();
        const baseline = top + (index - from) * lineHeight + metrics.ascent;
        const x = look.align === 'center' ? LEFT + (WIDTH - line.width) / 2 : LEFT + indent;
        operators.push(...drawTextLine(drawingOn(context, target.page), owner, line, x, baseline, look.colour, linkTexts));
      }
      if (options.decorate) operators.push(...options.decorate(target, top, (to - from) * lineHeight, to >= lines.length));
      return operators;
    },
  };
}

/** The size a picture is shown at: natural size at 150 dpi, scaled down (never up) to fit the box. */
export function fitPicture(image: ImageData, maxWidth: number, maxHeight = Infinity): { width: number; height: number } {
  const natural = 72 / IMAGE_MAX_DPI;
  const scale = Math.min(natural, maxWidth / Math.max(1, image.widthPx), maxHeight / Math.max(1, image.heightPx));
  return { width: image.widthPx * scale, height: image.heightPx * scale };
}

/** Operators that draw an embedded picture with its top-left corner at (x, top). */
export function pictureOperators(page: PDFPage, embedded: PDFImage, x: number, top: number, width: number, height: number): PDFOperator[] {
  const name = page.node.newXObject('Image', embedded.ref);
  return drawImage(name, {
    x,
    y: PAGE_GEOMETRY.heightPt - top - height,
    width,
    height,
    rotate: { type: 'degrees', angle: 0 } as never,
    xSkew: { type: 'degrees', angle: 0 } as never,
    ySkew: { type: 'degrees', angle: 0 } as never,
  });
}

/**
 * The tree's blocks as units for pagination, in reading order. Structure elements are made when their content
 * is first drawn, which is also reading order, so the tagged tree matches what a person sees.
 */
export async function flowUnits(context: FlowContext, blocks: readonly Block[]): Promise<Unit[]> {
  const { structure } = context;
  const root = structure.root;
  const element = (type: StructType, parent: StructElement = root) => structure.element(type, parent);
  const units: Unit[] = [];
  // Consecutive contents lines share one TOC element, made when the first is drawn.
  let toc: StructElement | undefined;

  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.pageOf === undefined) toc = undefined;
    switch (block.kind) {
      case 'heading': {
        const level = block.level;
        const title = block.runs.map((run) => run.text).join('');
        const unit = paragraph(context, {
          look: level === 1 ? STYLE_SHEET.heading1 : STYLE_SHEET.heading2,
          runs: block.runs,
          owner: () => element(level === 1 ? 'H1' : 'H2'),
          onFirstDraw: (target, top) => context.outline.push({ title, pageIndex: target.pageIndex, top, level }),
        });
        units.push(withExtras(unit, block));
        break;
      }
      case 'paragraph': {
        if (block.pageOf !== undefined) {
          const entries = () => (toc ??= element('TOC'));
          units.push(withExtras(contentsLine(context, block.runs, block.pageOf, entries), block));
          break;
        }
        const unit = paragraph(context, {
          look: LOOKS[block.style],
          runs: block.runs,
          owner: () => element('P'),
          ...(block.keepWithNext ? { keepNext: true } : {}),
        });
        units.push(withExtras(unit, block));
        break;
      }
      case 'list': {
        let list: StructElement | undefined;
        const look = STYLE_SHEET.listItem;
        block.items.forEach((runs, index) => {
          let item: StructElement | undefined;
          const itemElement = () => {
            list ??= element('L');
            item ??= element('LI', list);
            return item;
          };
          units.push(
            paragraph(context, {
              look,
              runs,
              marker: {
                text: block.ordered ? `${index + 1}.` : '•',
                x: look.indentLeftPt - look.hangingPt,
                owner: () => element('Lbl', itemElement()),
              },
              owner: () => element('LBody', itemElement()),
            }),
          );
        });
        break;
      }
      case 'quote': {
        units.push(paragraph(context, { look: STYLE_SHEET.attribution, runs: block.attribution, owner: () => element('P') }));
        let quote: StructElement | undefined;
        const rule = PAGE_GEOMETRY.quoteRule;
        block.paragraphs.forEach((runs, index) => {
          // The rule runs on through the space between the quote's paragraphs, as Word joins their borders.
          const joinsNext = index < block.paragraphs.length - 1 ? STYLE_SHEET.quote.afterPt : 0;
          units.push(
            paragraph(context, {
              look: STYLE_SHEET.quote,
              runs,
              owner: () => element('P', (quote ??= element('BlockQuote'))),
              decorate: (_target, top, lineHeights, ends) => {
                const height = lineHeights + (ends ? joinsNext : 0);
                const x = LEFT + STYLE_SHEET.quote.indentLeftPt - rule.gapPt - rule.widthPt / 2;
                const y = PAGE_GEOMETRY.heightPt - top;
                const artifact = structure.artifact('Layout');
                return [
                  ...artifact.begin,
                  ...lineOperators({ start: { x, y }, end: { x, y: y - height }, thickness: rule.widthPt, color: context.palette.accent }),
                  ...artifact.end,
                ];
              },
            }),
          );
        });
        break;
      }
      case 'image':
        units.push(...(await pictureUnits(context, block)));
        break;
      case 'table':
        units.push(...tableUnits(context, block, context.textHeight));
        break;
    }
  }
  return units;
}

/**
 * A picture, then its caption and credit as paragraphs kept with it (so a long caption can still split between
 * pages). The caption is tagged inside the Figure; a decorative picture is an artifact and its caption a P.
 */
async function pictureUnits(context: FlowContext, block: Extract<Block, { kind: 'image' }>): Promise<Unit[]> {
  const { structure } = context;
  const embedded = await context.embed(block.image);
  const size = fitPicture(block.image, WIDTH, PAGE_GEOMETRY.pictureMaxHeightPt);
  const normal = STYLE_SHEET.normal;
  let figure: StructElement | undefined;
  const caption = block.caption
    ? paragraph(context, {
        look: STYLE_SHEET.caption,
        runs: block.caption,
        owner: () => (figure ? structure.element('Caption', figure) : structure.element('P', structure.root)),
        keepNext: block.credit !== undefined,
      })
    : undefined;
  const credit = block.credit ? paragraph(context, { look: STYLE_SHEET.credit, runs: block.credit, owner: () => structure.element('P', structure.root) }) : undefined;
  const picture: BoxUnit = {
    kind: 'box',
    // The picture sits in a Normal paragraph whose line grows to the picture's height (LibreOffice does not apply
    // the 1.15 line spacing to a picture's line; measured against its layout of our DOCX).
    height: size.height,
    beforePt: normal.beforePt,
    afterPt: normal.afterPt,
    keepNext: caption !== undefined || credit !== undefined,
    draw(target, top) {
      const x = PAGE_GEOMETRY.marginPt;
      if (!block.decorative) {
        figure = structure.element('Figure', structure.root, {
          alt: block.alt,
          bbox: [x, PAGE_GEOMETRY.heightPt - top - size.height, x + size.width, PAGE_GEOMETRY.heightPt - top],
        });
      }
      const marked = figure ? structure.mark(target.page, figure) : structure.artifact('Layout');
      return [...marked.begin, ...pictureOperators(target.page, embedded, x, top, size.width, size.height), ...marked.end];
    },
  };
  return [picture, ...(caption ? [caption] : []), ...(credit ? [credit] : [])];
}
