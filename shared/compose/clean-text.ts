import { stripXmlIllegal } from '../doc-tree';

/**
 * Every piece of text is cleaned once, here, before it enters the tree: characters Word refuses (they
 * arrive by pasting from other programs) are removed, and line breaks and tabs fold into single spaces
 * because each field is one paragraph.
 */
export function cleanText(text: string): string {
  return stripXmlIllegal(text).replace(/[\t\r\n]+/g, ' ');
}
