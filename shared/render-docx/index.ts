export { renderDocx, type RenderDocxOptions } from './render-docx';
export { DocxRenderError } from './errors';
export { EDITING_REPERTOIRE, FontSubsetError, type FontSubsetter } from './font-subset';
export { harfbuzzSubsetter } from './harfbuzz-subset';
