import { PDFHexString, PDFString } from '@cantoo/pdf-lib';
import { StructureUsageError } from './errors';

/** A text string for a dictionary (titles, /Alt, /Contents): UTF-16 hex holds any Unicode and needs no escaping. */
export const textString = (text: string): PDFHexString => PDFHexString.fromText(text);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A URI action's /URI, which the PDF format defines as 7-bit ASCII: other characters are percent-encoded as
 * UTF-8, as a browser would. pdf-lib writes PDFString contents verbatim, so backslashes and parentheses
 * (Wikipedia addresses have unbalanced ones) are escaped here.
 */
export const uriString = (url: string): PDFString => {
  let ascii = '';
  for (const char of url.replace(LONE_SURROGATE, '\uFFFD')) {
    const code = char.codePointAt(0) ?? 0;
    ascii += code > 0x20 && code < 0x7f ? char : encodeURIComponent(char);
  }
  return PDFString.of(ascii.replace(/[\\()]/g, '\\$&'));
};

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** A /Lang entry: a BCP 47 tag such as "en-GB" or "cy", which is ASCII, so a plain literal string. */
export const langString = (lang: string): PDFString => {
  if (!LANGUAGE_TAG.test(lang)) throw new StructureUsageError(`"${lang}" is not a language tag such as en-GB or cy.`);
  return PDFString.of(lang);
};
