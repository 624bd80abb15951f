/**
 * Characters XML 1.0 forbids even escaped (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE/U+FFFF). Word refuses a file that holds one. Text enters the tree through compose,
 * which strips them; renderers strip them again only from what they write that did not come from the tree.
 */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripXmlIllegal = (text: string): string => text.replace(XML_ILLEGAL, '');
