export { renderDocx, type RenderDocxOptions } from './render-docx';
export { DocxRenderError } from './errors';
