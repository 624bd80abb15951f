/**
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE/U+FFFF). Word refuses to open a file that contains one, and they arrive by
 * pasting from other programs, so every piece of text is cleaned once, here, before it enters the tree.
 */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes XML-illegal characters and folds line breaks and tabs into single spaces. */
export function cleanText(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/[\t\r\n]+/g, ' ');
}
