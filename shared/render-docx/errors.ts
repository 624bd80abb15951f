/** The document tree cannot be written as DOCX; the message names the field to fix. */
export class DocxRenderError extends Error {
  override readonly name = 'DocxRenderError';
}
