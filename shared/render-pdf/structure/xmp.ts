/** What the XMP packet says about the document; the same facts as the Info dictionary. */
export interface XmpFields {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords?: string;
  readonly lang: string;
  readonly tool: string;
  readonly date: Date;
}

// XML 1.0 forbids most control characters and lone surrogates; a title pasted from elsewhere may hold them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const xml = (text: string): string => text.replace(NOT_XML, '').replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);

/** XMP dates are ISO 8601; whole seconds in UTC, like the Info dictionary's D:YYYYMMDDHHmmSSZ. */
const xmpDate = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const alt = (text: string): string => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;

/**
 * The XMP metadata packet (ISO 16684-1) for the catalog's /Metadata stream: PDF/UA checkers read the title
 * and language from here rather than from the Info dictionary.
 */
export function xmpPacket(fields: XmpFields): string {
  const date = xmpDate(fields.date);
  const lines = [
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(fields.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(fields.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${xml(fields.tool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<pdf:Producer>${xml(fields.tool)}</pdf:Producer>`,
    ...(fields.keywords === undefined ? [] : [`<pdf:Keywords>${xml(fields.keywords)}</pdf:Keywords>`]),
  ];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...lines,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
