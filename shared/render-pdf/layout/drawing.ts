import type { PDFPage } from '@cantoo/pdf-lib';
import { PAGE_GEOMETRY } from '../../doc-tree';
import type { FlowContext } from './flow';
import type { LineDrawing } from './lines';

/** What drawing a line on `page` needs from the flow. */
export const drawingOn = (context: FlowContext, page: PDFPage): LineDrawing => ({
  engine: context.engine,
  structure: context.structure,
  palette: context.palette,
  page,
  pageHeight: PAGE_GEOMETRY.heightPt,
  openLink: context.openLink,
});
