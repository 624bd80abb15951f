export type * from './types';
export { stripXmlIllegal } from './xml-text';
