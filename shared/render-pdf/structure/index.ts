export { StructureBuilder, type StructureOptions } from './structure-builder';
export type { ElementOptions, LinkDestination, Rect, StructElement, StructType } from './struct-types';
export type { ArtifactKind, MarkedContent } from './marked-content';
export { addOutline, type OutlineEntry } from './outline';
export { setDocumentInfo, type DocumentInfo } from './document-info';
export { StructureUsageError } from './errors';
