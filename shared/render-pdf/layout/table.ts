import { drawLine as lineOperators, type PDFOperator } from '@cantoo/pdf-lib';
import { PAGE_GEOMETRY, STYLE_SHEET, type Block, type ParagraphLook } from '../../doc-tree';
import type { StructElement } from '../structure';
import type { LaidLine } from '../text';
import { components } from './colour';
import type { FlowContext } from './flow';
import { drawingOn } from './drawing';
import { drawTextLine, spansOf } from './lines';
import type { BoxUnit, DrawTarget } from './units';

type TableBlock = Extract<Block, { kind: 'table' }>;

const LEFT = PAGE_GEOMETRY.marginPt;
const WIDTH = PAGE_GEOMETRY.widthPt - 2 * PAGE_GEOMETRY.marginPt;
/**
 * Space inside a cell, as the DOCX's table has it: 2 pt above and below the cell's paragraph (its spacing of 40
 * twips) and 5 pt either side (the cell margins of 100 twips), so rows are as tall here as LibreOffice makes them.
 */
const PADDING = 2;
const SIDE_PADDING = 5;
/** The rule between rows, which LibreOffice adds to each row's height (measured: 4.5 pt over the lines, not 4). */
const RULE = 0.5;

/** Each column's width in pt: the block's shares of the text width, or equal columns (as render-docx works them out). */
export function columnWidths(block: TableBlock, columns: number): number[] {
  const shares = Array.from({ length: columns }, (_, index) => Math.max(0, block.columnWidths?.[index] ?? 0));
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (block.columnWidths === undefined || total <= 0 || shares.some((share) => share === 0)) return Array.from({ length: columns }, () => WIDTH / columns);
  return shares.map((share) => (WIDTH * share) / total);
}

interface LaidRow {
  readonly header: boolean;
  /** Each cell's lines. */
  readonly cells: readonly (readonly LaidLine[])[];
}

/**
 * A table as units for pagination: one box per row, so the table breaks between rows (a row is never split, as the
 * DOCX's rows may not split, unless it is taller than a page, when it goes on in slices of whole lines). Each body
 * row carries the header row, drawn again as a pagination artifact above it when it starts a page, so the header is
 * on every page the table spans and the structure tree still has one THead: Table > THead > TR > TH, TBody > TR > TD.
 * `textHeight` is the height of the shortest page's text area.
 */
export function tableUnits(context: FlowContext, block: TableBlock, textHeight: number): BoxUnit[] {
  const { structure, engine } = context;
  const rowCount = (block.header ? 1 : 0) + block.rows.length;
  if (rowCount === 0) return [];
  const columns = Math.max(1, block.header?.length ?? 0, ...block.rows.map((row) => row.length));
  const widths = columnWidths(block, columns);
  const lefts = widths.map((_, index) => LEFT + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const lookOf = (header: boolean): ParagraphLook => ({ ...STYLE_SHEET.normal, afterPt: 0, ...(header ? { bold: true } : {}) });
  const metrics = engine.metrics(STYLE_SHEET.normal.sizePt, STYLE_SHEET.normal.font);
  const lineHeight = metrics.lineHeight * STYLE_SHEET.normal.lineSpacing;

  const layRow = (cells: TableBlock['rows'][number], header: boolean): LaidRow => {
    const look = lookOf(header);
    return {
      header,
      cells: Array.from({ length: columns }, (_, column) =>
        engine.breakLines(spansOf(cells[column] ?? [], look), { font: look.font, sizePt: look.sizePt, width: widths[column]! - 2 * SIDE_PADDING }),
      ),
    };
  };

  let table: StructElement | undefined;
  let head: StructElement | undefined;
  let body: StructElement | undefined;
  const tableElement = () => (table ??= structure.element('Table', structure.root));

  /** Borders of a row slice: verticals at each column edge, a rule above and below. */
  const borders = (top: number, height: number): PDFOperator[] => {
    const border = structure.artifact('Layout');
    const y = PAGE_GEOMETRY.heightPt - top;
    const colour = context.palette.text;
    const operators: PDFOperator[] = [...border.begin];
    for (const x of [...lefts, LEFT + WIDTH]) operators.push(...lineOperators({ start: { x, y }, end: { x, y: y - height }, thickness: 0.5, color: colour }));
    operators.push(...lineOperators({ start: { x: LEFT, y }, end: { x: LEFT + WIDTH, y }, thickness: 0.5, color: colour }));
    operators.push(...lineOperators({ start: { x: LEFT, y: y - height }, end: { x: LEFT + WIDTH, y: y - height }, thickness: 0.5, color: colour }));
    operators.push(...border.end);
    return operators;
  };

  const header = block.header ? layRow(block.header, true) : undefined;
  const headerHeight = header ? Math.max(1, ...header.cells.map((lines) => lines.length)) * lineHeight + 2 * PADDING + RULE : 0;
  // A slice of a row is at most this many lines, so it fits on a page under the repeated header.
  const linesPerSlice = Math.max(1, Math.floor((textHeight - headerHeight - 2 * PADDING - 1) / lineHeight));

  /** The header row drawn again on a later page: pagination, not content, so a screen reader hears it once. */
  const repeatHeader: BoxUnit | undefined = header
    ? {
        kind: 'box',
        height: headerHeight,
        beforePt: 0,
        afterPt: 0,
        keepNext: true,
        draw(_target, top) {
          const artifact = structure.artifact('Page');
          const operators: PDFOperator[] = [...artifact.begin];
          header.cells.forEach((lines, column) =>
            lines.forEach((line, index) => {
              const baseline = top + PADDING + index * lineHeight + metrics.ascent;
              operators.push(...engine.drawLine(line, lefts[column]! + SIDE_PADDING, PAGE_GEOMETRY.heightPt - baseline, components(context.palette.text)).operators);
            }),
          );
          operators.push(...artifact.end, ...borders(top, headerHeight));
          return operators;
        },
      }
    : undefined;

  const units: BoxUnit[] = [];
  const rows: LaidRow[] = [...(header ? [header] : []), ...block.rows.map((cells) => layRow(cells, false))];
  rows.forEach((row, rowIndex) => {
    const tallest = Math.max(1, ...row.cells.map((lines) => lines.length));
    const slices = row.header ? 1 : Math.ceil(tallest / linesPerSlice);
    let cellElements: StructElement[] | undefined;
    const cellsOf = (): StructElement[] => {
      if (cellElements) return cellElements;
      const group = row.header ? (head ??= structure.element('THead', tableElement())) : (body ??= structure.element('TBody', tableElement()));
      const tr = structure.element('TR', group);
      cellElements = row.cells.map(() => structure.element(row.header ? 'TH' : 'TD', tr, row.header ? { scope: 'Column' } : {}));
      return cellElements;
    };
    for (let slice = 0; slice < slices; slice++) {
      const from = row.header ? 0 : slice * linesPerSlice;
      const to = row.header ? tallest : Math.min(tallest, from + linesPerSlice);
      const height = Math.max(1, ...row.cells.map((lines) => Math.max(0, Math.min(lines.length, to) - from))) * lineHeight + 2 * PADDING + RULE;
      const last = rowIndex === rows.length - 1 && slice === slices - 1;
      units.push({
        kind: 'box',
        height,
        beforePt: rowIndex === 0 && slice === 0 ? 6 : 0,
        afterPt: last ? 8 : 0,
        keepNext: row.header,
        ...(!row.header && repeatHeader ? { repeatHeader } : {}),
        draw(target: DrawTarget, top: number) {
          const elements = cellsOf();
          const operators: PDFOperator[] = [];
          row.cells.forEach((lines, column) => {
            for (let index = from; index < Math.min(lines.length, to); index++) {
              const baseline = top + PADDING + (index - from) * lineHeight + metrics.ascent;
              operators.push(...drawTextLine(drawingOn(context, target.page), elements[column]!, lines[index]!, lefts[column]! + SIDE_PADDING, baseline, 'text'));
            }
          });
          operators.push(...borders(top, height));
          return operators;
        },
      });
    }
  });
  return units;
}
