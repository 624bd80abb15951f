import { BorderStyle, ShadingType, Table, TableCell, TableRow, WidthType, type IBorderOptions } from 'docx';
import type { Block, Runs } from '../doc-tree';
import { wordColour } from './colour';
import { TEXT_WIDTH_TWIPS } from './page';
import type { RenderContext } from './render-context';
import { paragraphOf } from './runs';
import { STYLE_ID } from './style-ids';

type TableBlock = Extract<Block, { kind: 'table' }>;

const CELL_MARGIN = 100;
const HEADER_FILL = 'F2F2F2';

/**
 * A real Word table across the full text width, equal columns, single borders. The header row is marked as a
 * header (w:tblHeader), so Word repeats it on each page and screen readers announce it as column headings.
 */
export const tableOf = (context: RenderContext, block: TableBlock): Table => {
  const columns = Math.max(1, block.header?.length ?? 0, ...block.rows.map((row) => row.length));
  const widths = columnWidthsOf(block, columns);
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: wordColour(context.theme.colours.text, 'text') };

  const cell = (runs: Runs | undefined, header: boolean, column: number): TableCell =>
    new TableCell({
      width: { size: widths[column]!, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      children: [
        paragraphOf(context, (runs ?? []).map((run) => (header ? { ...run, bold: true } : run)), {
          style: STYLE_ID.normal,
          spacing: { before: 40, after: 40 },
        }),
      ],
    });

  // A short row gets empty cells, so every row has as many cells as the grid has columns.
  const row = (cells: readonly Runs[], header: boolean): TableRow =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: Array.from({ length: columns }, (_, index) => cell(cells[index], header, index)),
    });

  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [...(block.header === null ? [] : [row(block.header, true)]), ...block.rows.map((cells) => row(cells, false))],
  });
};

/** Each column's width in twips: the block's shares of the text width, or equal columns. */
export const columnWidthsOf = (block: TableBlock, columns: number): number[] => {
  const shares = Array.from({ length: columns }, (_, index) => Math.max(0, block.columnWidths?.[index] ?? 0));
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (block.columnWidths === undefined || total <= 0 || shares.some((share) => share === 0)) {
    return Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH_TWIPS / columns));
  }
  return shares.map((share) => Math.floor((TEXT_WIDTH_TWIPS * share) / total));
};
