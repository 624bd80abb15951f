import { bundledFont } from '../../brands/font-fixtures.test-helper';

/*
 * A brand font for tests, made at run time so no font binaries live in git (shared/export's tests use it too).
 *
 * It is the bundled DejaVu Sans under another name ("Pressdesk Test Sans"): a real face with every letter
 * a brand font must have, metrics unlike Liberation Sans (so a test can tell whose metrics broke the lines), and a
 * family name of its own, so pdffonts and the DOCX font table show it apart from the bundled faces (DejaVu Sans is
 * also the fallback). fontkit's subsetter would drop the name table, so the name is written here instead.
 */

export const TEST_FAMILY = 'Pressdesk Test Sans';
export const TEST_POSTSCRIPT = 'PressdeskTestSans';

/** DejaVu Sans renamed (name IDs 1, 2, 4 and 6, Windows Unicode English). */
export function testFont(): Uint8Array {
  return withNameTable(bundledFont('DejaVuSans.ttf'), { 1: TEST_FAMILY, 2: 'Regular', 4: TEST_FAMILY, 6: TEST_POSTSCRIPT });
}

function withNameTable(font: Uint8Array, names: Readonly<Record<number, string>>): Uint8Array {
  const entries = Object.entries(names).map(([id, text]) => ({ id: Number(id), bytes: utf16be(text) }));
  const header = 6 + entries.length * 12;
  const table = new Uint8Array(header + entries.reduce((sum, entry) => sum + entry.bytes.length, 0));
  const view = new DataView(table.buffer);
  view.setUint16(0, 0); // format 0
  view.setUint16(2, entries.length);
  view.setUint16(4, header); // where the strings start
  let offset = 0;
  entries.forEach((entry, index) => {
    const record = 6 + index * 12;
    view.setUint16(record, 3); // Windows
    view.setUint16(record + 2, 1); // Unicode BMP
    view.setUint16(record + 4, 0x409); // English (US)
    view.setUint16(record + 6, entry.id);
    view.setUint16(record + 8, entry.bytes.length);
    view.setUint16(record + 10, offset);
    table.set(entry.bytes, header + offset);
    offset += entry.bytes.length;
  });
  return replaceTable(font, 'name', table);
}

const utf16be = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i));
  return bytes;
};

/** The sfnt with one table's data replaced (checksums left as they were: fontkit, pdf-lib and Word do not check them). */
function replaceTable(font: Uint8Array, tag: string, data: Uint8Array): Uint8Array {
  const source = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = source.getUint16(4);
  const tables: { tag: string; checksum: number; data: Uint8Array }[] = [];
  for (let index = 0; index < count; index++) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = source.getUint32(record + 8);
    tables.push({ tag: name, checksum: source.getUint32(record + 4), data: name === tag ? data : font.subarray(offset, offset + source.getUint32(record + 12)) });
  }
  const pad = (length: number): number => (length + 3) & ~3;
  const headerLength = 12 + count * 16;
  const out = new Uint8Array(headerLength + tables.reduce((sum, entry) => sum + pad(entry.data.length), 0));
  out.set(font.subarray(0, 12));
  const view = new DataView(out.buffer);
  let offset = headerLength;
  tables.forEach((entry, index) => {
    const record = 12 + index * 16;
    for (let i = 0; i < 4; i++) out[record + i] = entry.tag.charCodeAt(i);
    view.setUint32(record + 4, entry.checksum);
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, entry.data.length);
    out.set(entry.data, offset);
    offset += pad(entry.data.length);
  });
  return out;
}
