export { renderPdf, type RenderPdfOptions, type RenderedPdf } from './render-pdf';
export type { FontFiles } from './text';
