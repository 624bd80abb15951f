export { layoutPdfPages, renderPdf, type RenderPdfOptions, type RenderedPdf } from './render-pdf';
export type { FaceKey, FontFiles, FontRole, ShapingTable } from './text';
