import { PDFName, type PDFDocument } from '@cantoo/pdf-lib';
import { langString } from './pdf-text';
import { xmpPacket } from './xmp';

/** What Pressdesk writes as creator and producer. */
const TOOL = 'Pressdesk';

export interface DocumentInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords?: string;
  /** BCP 47 tag, e.g. "en-GB". */
  readonly lang: string;
  /** Creation and modification date; passed in so the same project gives the same bytes. */
  readonly date: Date;
}

/**
 * The document's properties in both places readers look: the Info dictionary (pdf-lib's setters) and an XMP
 * packet in the catalog's /Metadata stream, which pdf-lib writes only for PDF/A. Also the catalog /Lang and
 * DisplayDocTitle, so viewers show the title rather than the file name.
 */
export function setDocumentInfo(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setAuthor(info.author);
  pdf.setSubject(info.subject);
  if (info.keywords !== undefined) pdf.setKeywords([info.keywords]);
  pdf.setCreator(TOOL);
  pdf.setProducer(TOOL);
  pdf.setCreationDate(info.date);
  pdf.setModificationDate(info.date);
  pdf.catalog.set(PDFName.of('Lang'), langString(info.lang));

  const xml = xmpPacket({ ...info, tool: TOOL });
  // Uncompressed, so tools that do not inflate streams can still find the packet (XMP spec, part 3).
  const stream = pdf.context.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
