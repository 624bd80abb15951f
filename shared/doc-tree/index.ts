export type * from './types';
export { stripXmlIllegal } from './xml-text';
export * from './style-sheet';
export { logoRow, type LogoSize } from './logo-row';
