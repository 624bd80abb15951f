import { PressdeskError } from '../errors';
/** The document tree cannot be written as DOCX; the message names the field to fix. */
export class DocxRenderError extends PressdeskError {
  override readonly name = 'DocxRenderError';
}
