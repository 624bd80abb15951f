import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../compose';
import { renderDocx } from '../render-docx';
import { expectSubsetFor } from '../render-docx/subset-checks.test-helper';
import { convertWithLibreOffice, docxEmbeddedFonts, fontIsInstalled, pdfFonts, pdfToText, readDocx, readFont, type DocxEmbeddedFont } from '../testing/readers';
import { TEST_FAMILY, TEST_POSTSCRIPT, testFont } from './brand-fixtures.test-helper';
import { DOCX_OPTIONS, exportProject, loadProject } from './export-project';
import { writeProject } from './fixtures.test-helper';

/*
 * A release set in a brand font this machine does not have, with Polish and Greek in it, exported as the app and the
 * command line do: the Word file carries the font cut down to the editing repertoire and the release's characters
 * (render-docx/font-subset.ts), read back with Python's zipfile, fontconfig and LibreOffice.
 */

const POLISH = 'Zażółć gęślą jaźń: mieszkańcy Łodzi też mogą się zgłosić.';
const GREEK = 'Καλημέρα σε όλους τους κατοίκους.';
const WELSH = 'Croeso i’r tŷ newydd ym Mhen-y-bŵlch.';

describe('a release in a brand font not installed here, with Polish and Greek', () => {
  let font: Uint8Array;
  let docx = '';
  let embedded: DocxEmbeddedFont[];
  let wholeFontDocx: Uint8Array;

  beforeAll(async () => {
    font = testFont();
    const dir = await writeProject({
      release: { body: [POLISH, GREEK, WELSH, 'Work starts today on the harbour wall.'].map((text) => ({ type: 'paragraph', text })) },
      project: {
        brand: {
          name: 'Aberhaven Council',
          colours: { primary: '#7a1f5c', accent: '#00703c', text: '#0b0c0c' },
          fonts: { heading: 'assets/brand/test-sans.ttf', body: 'assets/brand/test-sans.ttf' },
        },
      },
    });
    await mkdir(join(dir, 'assets/brand'), { recursive: true });
    await writeFile(join(dir, 'assets/brand/test-sans.ttf'), font);
    docx = (await exportProject(dir, { formats: ['docx'] })).files[0]!.path;
    embedded = await docxEmbeddedFonts(docx);
    // The same release with the font embedded whole, as before fonts were subset.
    const { opened, images, fonts } = await loadProject(dir);
    wholeFontDocx = await renderDocx(compose({ project: opened.project, images, fonts }), { deflateRaw: DOCX_OPTIONS.deflateRaw, crc32: DOCX_OPTIONS.crc32 });
  }, 60_000);

  it('embeds the font once, under the family name the styles use, and fontconfig reads it as that family', async () => {
    expect(embedded.map(({ family, face }) => [family, face])).toEqual([[TEST_FAMILY, 'Regular']]);
    expect((await readDocx(docx)).styles.find((style) => style.name === 'Normal')?.font).toBe(TEST_FAMILY);
    expect((await readFont(embedded[0]!.bytes)).families).toEqual([TEST_FAMILY]);
  });

  it('keeps every character of the repertoire and of the release that the font has, and drops the rest', async () => {
    const [original, subset] = await Promise.all([readFont(font), readFont(embedded[0]!.bytes)]);
    const reading = JSON.stringify(await readDocx(docx));
    for (const text of [POLISH, GREEK, WELSH]) expect(reading).toContain(text);
    // Dropped: Cyrillic and Greek letters the font has and the release does not use.
    expectSubsetFor(original, subset, { shown: reading, kept: 'Καλημέρσόυςκτίłżŵŷ', dropped: 'ЖДψΩ' });
  });

  it('is a much smaller Word file than with the whole font', async () => {
    const size = (await stat(docx)).size;
    expect(size).toBeLessThan(wholeFontDocx.length / 4);
    expect(embedded[0]!.bytes.length).toBeLessThan(font.length / 8);
  });

  it('opens in LibreOffice, which draws every word in the embedded font', async () => {
    // Were the family installed, LibreOffice could draw with it and this would prove nothing about the embedded font.
    expect(await fontIsInstalled(TEST_FAMILY)).toBe(false);
    expect(await fontIsInstalled('DejaVu Sans')).toBe(true); // the reader itself works
    const out = await mkdtemp(join(tmpdir(), 'pressdesk-lo-'));
    const pdf = await convertWithLibreOffice(docx, out);
    const text = (await pdfToText(pdf)).replace(/\s+/g, ' ');
    for (const words of [POLISH, GREEK, WELSH]) expect(text).toContain(words);
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const used of fonts) expect(used).toMatchObject({ name: expect.stringMatching(new RegExp(`\\+${TEST_POSTSCRIPT}$`)), embedded: true });
  }, 120_000);
});
