import { drawLine as lineOperators, type PDFOperator, type PDFPage } from '@cantoo/pdf-lib';
import type { Runs } from '../../doc-tree';
import type { StructElement, StructureBuilder } from '../structure';
import type { LaidLine, LaidPiece, TextEngine, TextSpan } from '../text';
import { components, type Palette } from './colour';

/** Runs with the paragraph look's marks added (a bold style makes every run bold). */
export const spansOf = (runs: Runs, look: { readonly bold?: boolean; readonly italic?: boolean }): TextSpan[] =>
  runs.map((run) => ({
    text: run.text,
    ...(run.bold || look.bold ? { bold: true } : {}),
    ...(run.italic || look.italic ? { italic: true } : {}),
    ...(run.link ? { link: run.link } : {}),
  }));

export interface LineDrawing {
  readonly engine: TextEngine;
  readonly structure: StructureBuilder;
  readonly palette: Palette;
  readonly page: PDFPage;
  readonly pageHeight: number;
  /**
   * The link the previous line ended with, so a link that wraps onto the next line (or page) stays one Link
   * element with several areas, read out once.
   */
  readonly openLink: { current?: { readonly owner: StructElement; readonly url: string; readonly element: StructElement } };
}

/**
 * Draws one line whose left end is at x and baseline at `baseline` (distance from the page top). Text that
 * is not a link is marked as content of `owner`; each link's words are marked as content of a Link element
 * (under `owner`) with a link annotation over them, and are underlined in the accent colour.
 */
export function drawTextLine(
  drawing: LineDrawing,
  owner: StructElement,
  line: LaidLine,
  x: number,
  baseline: number,
  colour: keyof Palette,
  /** The whole words of each link in the paragraph, for its description (a link can wrap over lines). */
  linkTexts?: ReadonlyMap<string, string>,
): PDFOperator[] {
  const { engine, structure, palette, page } = drawing;
  const y = drawing.pageHeight - baseline;
  const operators: PDFOperator[] = [];
  let offset = 0;
  let index = 0;
  const pieces = line.pieces;
  while (index < pieces.length) {
    const link = pieces[index]!.link;
    const group: LaidPiece[] = [];
    while (index < pieces.length && pieces[index]!.link === link) group.push(pieces[index++]!);
    const width = group.reduce((sum, piece) => sum + piece.width, 0);
    const start = x + offset;
    offset += width;
    const metrics = engine.metrics(group[0]!.sizePt);
    const area = [start, y + metrics.descent, start + width, y + metrics.ascent] as const;
    const open = drawing.openLink.current;
    let element = owner;
    if (link && open && open.owner === owner && open.url === link && operators.length === 0) {
      element = open.element;
      structure.addLinkArea(page, element, [area]);
    } else if (link) {
      element = structure.link(page, owner, link, [area], linkTexts?.get(link) ?? group.map((piece) => piece.text).join('').trim());
    }
    drawing.openLink.current = link && index === pieces.length ? { owner, url: link, element } : undefined;
    const marked = structure.mark(page, element);
    operators.push(...marked.begin);
    // One text object per run of pieces in the same colour: fewer operators, less garbage on long documents.
    operators.push(...engine.drawLine({ pieces: group, width }, start, y, components(palette[link ? 'accent' : colour])).operators);
    operators.push(...marked.end);
    if (link) {
      const underline = structure.artifact('Layout');
      operators.push(
        ...underline.begin,
        ...lineOperators({ start: { x: start, y: y - 1.6 }, end: { x: start + width, y: y - 1.6 }, thickness: 0.7, color: palette.accent }),
        ...underline.end,
      );
    }
  }
  return operators;
}
