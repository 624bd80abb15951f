import { PDFName, PDFOperator, PDFOperatorNames } from '@cantoo/pdf-lib';

/** Operators to put before and after a run of content: BDC … EMC. */
export interface MarkedContent {
  readonly begin: PDFOperator[];
  readonly end: PDFOperator[];
}

/**
 * Page furniture that is not content, so screen readers skip it:
 * - `Header`, `Footer`: running header and footer (logo, brand footer line);
 * - `Page`: pagination outside the header and footer, such as "Page 2 of 3";
 * - `Watermark`: a mark across the page, such as DRAFT;
 * - `Layout`: decoration, such as rules and decorative images.
 */
export type ArtifactKind = 'Header' | 'Footer' | 'Page' | 'Watermark' | 'Layout';

const ARTIFACT_PROPERTIES: Readonly<Record<ArtifactKind, string>> = {
  Header: '<</Type /Pagination /Subtype /Header>>',
  Footer: '<</Type /Pagination /Subtype /Footer>>',
  Page: '<</Type /Pagination>>',
  Watermark: '<</Type /Pagination /Subtype /Watermark>>',
  Layout: '<</Type /Layout>>',
};

/**
 * BDC /tag properties … EMC. pdf-lib types operator arguments without dictionaries, but writes a string
 * argument verbatim (PDFOperator.copyBytesInto), so the inline property list goes in as PDF source text.
 * Callers pass only ASCII they built themselves.
 */
const markedContent = (tag: string, properties: string): MarkedContent => ({
  begin: [PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), properties])],
  end: [PDFOperator.of(PDFOperatorNames.EndMarkedContent)],
});

/** Marked content owned by a structure element: BDC /tag <</MCID n>> … EMC. */
export const taggedContent = (tag: string, mcid: number): MarkedContent => markedContent(tag, `<</MCID ${mcid}>>`);

/** Marked content that is an artifact: BDC /Artifact <<…>> … EMC. */
export const artifactContent = (kind: ArtifactKind): MarkedContent => markedContent('Artifact', ARTIFACT_PROPERTIES[kind]);
