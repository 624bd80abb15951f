export { TextEngine } from './text-engine';
export { FontLoadError } from './fonts';
export { PdfLibInternalsError } from './subset-glyphs';
export type { ShapingTable } from './face';
export type { FaceKey, FontFiles, FontRole, FontMetrics, GlyphPlacement, LaidLine, LaidPiece, LineOptions, LinkRange, TextSpan, TextStyle } from './types';
