/** Errors of the test readers: what is missing and how to install it, or what the reader said. */

const INSTALL_HINT =
  'install it: bash .ci/run installs the test readers (apt: poppler-utils, qpdf, libreoffice-writer-nogui, python3-docx, imagemagick, fontconfig)';

/** A reader program (python-docx, soffice, pdftotext …) is not on this machine. */
export class MissingReaderError extends Error {
  override readonly name = 'MissingReaderError';
  constructor(reader: string) {
    super(`${reader} is missing; ${INSTALL_HINT}`);
  }
}

/** A reader ran but could not read the file; the message carries what it printed. */
export class ReaderFailedError extends Error {
  override readonly name = 'ReaderFailedError';
}
