import { stripXmlIllegal, type DocMeta } from '../doc-tree';

/** A part of the package written in place of the one docx writes (Packer's `overrides`). */
export interface PackagePart {
  readonly path: string;
  readonly data: string;
}

/** Escaped for an XML part we write by hand; the tree is clean, but a hand-written part must never break. */
export const xmlText = (value: string): string =>
  stripXmlIllegal(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** W3CDTF to the second, as Word writes it. */
const w3cdtf = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

const element = (name: string, value: string | undefined): string =>
  value === undefined || value === '' ? '' : `<${name}>${xmlText(value)}</${name}>`;

/**
 * docProps/core.xml. docx 9.15 has no option for dc:language, which is what the document's language is read from
 * (PDF converters, Word's Properties, accessibility checkers), so the whole part is written here.
 */
export const corePropertiesPart = (meta: DocMeta, now: Date): PackagePart => ({
  path: 'docProps/core.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords) +
    element('dc:language', meta.language) +
    element('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(now)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(now)}</dcterms:modified>` +
    '</cp:coreProperties>',
});

/** docProps/app.xml: docx writes it empty; the application that made the file is Pressdesk. */
export const appPropertiesPart = (): PackagePart => ({
  path: 'docProps/app.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Pressdesk</Application><DocSecurity>0</DocSecurity></Properties>',
});
