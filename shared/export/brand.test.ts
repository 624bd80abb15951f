import { mkdir, mkdtemp, open, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, docxEmbeddedFonts, pdfFonts, pdfToText, qpdfCheck, readDocx, readFont } from '../testing/readers';
import { run } from '../testing/run-reader';
import { LOGO_COLOURS, TEST_FAMILY, TEST_POSTSCRIPT, pngLogo, svgLogo, testFont } from './brand-fixtures.test-helper';
import { writeProject } from './fixtures.test-helper';
import { ProjectFilesError, exportProject } from './export-project';

/*
 * A co-branded release (an SVG logo, two partners' PNG logos, a brand font for headings and body) exported to both
 * formats, read back with programs we did not write: python-docx and Python's zipfile for the DOCX, LibreOffice to
 * open it, poppler (pdffonts, pdfimages, pdftoppm) and qpdf for the PDF.
 */

const PRIMARY = '#7a1f5c';
const ACCENT = '#00703c';

const BRAND = {
  name: 'Aberhaven Council',
  logo: 'assets/brand/aberhaven.svg',
  partners: [
    { name: 'Police Scotland', logo: 'assets/brand/police.png' },
    { name: 'NHS Aberhaven', logo: 'assets/brand/nhs.png' },
  ],
  colours: { primary: PRIMARY, accent: ACCENT, text: '#0b0c0c' },
  fonts: { heading: 'assets/brand/test-sans.ttf', body: 'assets/brand/test-sans.ttf' },
};

const BODY = [
  { type: 'paragraph', text: 'Work starts today on the harbour wall, with the police and the health board.' },
  { type: 'quote', speakers: ['p1'], paragraphs: ['We are delighted to be working together.'], approval: null },
];

async function brandProject(brand: Record<string, unknown>, files: Record<string, Uint8Array>): Promise<string> {
  const dir = await writeProject({ release: { body: BODY }, project: { brand } });
  await mkdir(join(dir, 'assets/brand'), { recursive: true });
  for (const [path, bytes] of Object.entries(files)) await writeFile(join(dir, path), bytes);
  return dir;
}

/** Every part of a zip as Python's zipfile reads it: names, and the text of the XML parts. */
async function zipParts(path: string): Promise<{ names: string[]; xml: Record<string, string>; sizes: Record<string, number> }> {
  const script = `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
print(json.dumps({"names": names,
  "xml": {n: z.read(n).decode("utf-8") for n in names if n.endswith(".xml") or n.endswith(".rels")},
  "sizes": {n: z.getinfo(n).file_size for n in names}}))`;
  return JSON.parse((await run('/usr/bin/python3', ['-c', script, path], { reader: 'python3 zipfile' })).stdout);
}

/** One file of a zip, as bytes (Python's zipfile). */
async function zipFile(path: string, name: string): Promise<Uint8Array> {
  const script = 'import sys, zipfile, base64; print(base64.b64encode(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2])).decode())';
  return new Uint8Array(Buffer.from((await run('/usr/bin/python3', ['-c', script, path, name], { reader: 'python3 zipfile' })).stdout.trim(), 'base64'));
}

interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
}

/** Page 1 rendered by poppler at `dpi`, as RGB pixels. */
async function renderPage(pdf: string, dpi: number): Promise<Pixels> {
  const out = join(await mkdtemp(join(tmpdir(), 'pressdesk-ppm-')), 'page');
  await run('pdftoppm', ['-f', '1', '-l', '1', '-r', String(dpi), '-png', '-singlefile', pdf, out], { reader: 'pdftoppm (poppler-utils)' });
  const { data, info } = await sharp(`${out}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Where pixels of a colour are (within a small tolerance for anti-aliasing): count and bounding box. */
function find(pixels: Pixels, hex: string, rows: readonly [number, number] = [0, pixels.height]) {
  const value = Number.parseInt(hex.slice(1), 16);
  const target = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  let count = 0;
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let y = rows[0]; y < rows[1]; y++) {
    for (let x = 0; x < pixels.width; x++) {
      const at = (y * pixels.width + x) * 3;
      if (target.every((channel, index) => Math.abs(pixels.data[at + index]! - channel) <= 6)) {
        count++;
        [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
      }
    }
  }
  return { count, left, right, top, bottom, height: bottom - top + 1 };
}

describe('a co-branded release with an SVG logo, partner logos and a brand font', () => {
  let docx = '';
  let pdf = '';
  let font: Uint8Array;

  beforeAll(async () => {
    font = testFont();
    const dir = await brandProject(BRAND, {
      'assets/brand/aberhaven.svg': svgLogo(),
      'assets/brand/police.png': await pngLogo(LOGO_COLOURS.police, 600, 300),
      'assets/brand/nhs.png': await pngLogo(LOGO_COLOURS.nhs, 400, 400),
      'assets/brand/test-sans.ttf': font,
    });
    const result = await exportProject(dir, { formats: ['docx', 'pdf'] });
    docx = result.files.find((file) => file.format === 'docx')!.path;
    pdf = result.files.find((file) => file.format === 'pdf')!.path;
  }, 60_000);

  it('DOCX: the brand colours and font are in the styles Word reads', async () => {
    const { styles } = await readDocx(docx);
    const style = (name: string) => styles.find((candidate) => candidate.name === name)!;
    expect(style('Heading 1')).toMatchObject({ colour: PRIMARY.slice(1).toUpperCase(), font: TEST_FAMILY });
    expect(style('Heading 2')).toMatchObject({ colour: PRIMARY.slice(1).toUpperCase(), font: TEST_FAMILY });
    expect(style('Normal').font).toBe(TEST_FAMILY);
  });

  it('DOCX: the font is embedded in the font table once, cut down to a subset under the same family name', async () => {
    const { xml, names } = await zipParts(docx);
    const table = xml['word/fontTable.xml']!;
    expect(table, table).toMatch(new RegExp(`<w:font w:name="${TEST_FAMILY}">[\\s\\S]*?<w:embedRegular r:id="rId\\d+" w:fontKey="\\{[0-9A-F-]+\\}"`, 'i'));
    expect(xml['word/settings.xml']).toMatch(/<w:embedTrueTypeFonts\s*\/>|<w:embedTrueTypeFonts w:val="(true|1)"\s*\/>/);
    // The part the table names, its obfuscation undone with the table's key (ECMA-376 Part 2, §15.2.13).
    const embedded = await docxEmbeddedFonts(docx);
    expect(embedded.map(({ family, face }) => [family, face])).toEqual([[TEST_FAMILY, 'Regular']]);
    expect(names.filter((name) => name.startsWith('word/fonts/'))).toEqual([embedded[0]!.part]);
    // A TrueType font fontconfig reads as the brand's family, with the release's letters, a tenth the size of the file.
    expect([...embedded[0]!.bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    const reading = await readFont(embedded[0]!.bytes);
    expect(reading.families).toEqual([TEST_FAMILY]);
    for (const character of 'Work starts today on the harbour wall, with the police and the health board.') expect(reading.codePoints.has(character.codePointAt(0)!)).toBe(true);
    expect(embedded[0]!.bytes.length).toBeLessThan(font.length / 8);
  });

  it('DOCX: each logo is stored once, the SVG with a PNG fallback, all in the first-page header, alike in height, with alt text', async () => {
    const reading = await readDocx(docx);
    const first = reading.sections[0]!.headers.first!;
    const images = first.paragraphs.flatMap((paragraph) => paragraph.images);
    expect(images.map((image) => image.description)).toEqual(['Aberhaven Council logo', 'Police Scotland logo', 'NHS Aberhaven logo']);
    expect(new Set(images.map((image) => image.heightCm)).size).toBe(1);
    expect(images[0]!.heightCm).toBeLessThanOrEqual(2.5);
    expect(reading.images).toEqual([]);

    const { names, xml } = await zipParts(docx);
    const media = names.filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(3);
    const headerPart = first.part.replace(/^\//, '');
    const rels = xml[headerPart.replace('word/', 'word/_rels/') + '.rels']!;
    for (const name of media) expect(rels).toContain(`media/${name.split('/').pop()}`);
    expect(xml['word/_rels/document.xml.rels']).not.toMatch(/media\//);
    expect(xml[headerPart]).toMatch(/asvg:svgBlip/);
    expect(xml['[Content_Types].xml']).toMatch(/<Default (ContentType="image\/svg\+xml" Extension="svg"|Extension="svg" ContentType="image\/svg\+xml")\/>/);
  });

  it('DOCX: LibreOffice opens it and shows the logos and the text', async () => {
    const out = await mkdtemp(join(tmpdir(), 'pressdesk-lo-'));
    const converted = await convertWithLibreOffice(docx, out);
    expect(await pdfToText(converted)).toContain('New homes for Aberhaven');
    const { stdout } = await run('pdfimages', ['-list', '-f', '1', '-l', '1', converted], { reader: 'pdfimages (poppler-utils)' });
    expect(stdout.trim().split('\n').length - 2).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('PDF: the brand font is embedded as a subset, headings and body set in it', async () => {
    const fonts = await pdfFonts(pdf);
    const brand = fonts.filter((entry) => entry.name.endsWith(`+${TEST_POSTSCRIPT}`));
    expect(brand).toHaveLength(1);
    expect(brand[0]).toMatchObject({ embedded: true, subset: true, unicode: true });
    const { stdout } = await run('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { reader: 'qpdf' });
    expect(stdout).toMatch(/\/PdHeading 22 Tf/); // the headline
    expect(stdout).toMatch(/\/PdBody 12 Tf/); // the story
    expect(stdout).not.toMatch(/\/PdSans(Bold)? (22|12) Tf/);
    await qpdfCheck(pdf);
  });

  it('PDF: each logo is embedded once and drawn on page 1 only, left to right, the same height', async () => {
    const { stdout } = await run('pdfimages', ['-list', pdf], { reader: 'pdfimages (poppler-utils)' });
    // The SVG's drawing has transparency, which pdfimages lists as a soft mask row of its own.
    const rows = stdout.trim().split('\n').slice(2).map((line) => line.trim().split(/\s+/)).filter((row) => row[2] === 'image');
    expect(rows.map((row) => row[0])).toEqual(['1', '1', '1']);
    expect(new Set(rows.map((row) => row[10])).size).toBe(3);
    // The SVG is drawn at 600 dpi for the logo box: 1417 px wide at most, never a small bitmap scaled up.
    expect(Math.max(...rows.map((row) => Number(row[3])))).toBeGreaterThan(1000);

    const page = await renderPage(pdf, 100);
    const header: [number, number] = [0, Math.round(page.height * 0.15)];
    const svg = find(page, LOGO_COLOURS.svg, header);
    const police = find(page, LOGO_COLOURS.police, header);
    const nhs = find(page, LOGO_COLOURS.nhs, header);
    for (const logo of [svg, police, nhs]) expect(logo.count).toBeGreaterThan(200);
    expect(svg.right).toBeLessThan(police.left);
    expect(police.right).toBeLessThan(nhs.left);
    expect(Math.abs(svg.height - police.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(police.height - nhs.height)).toBeLessThanOrEqual(2);
    expect(find(page, LOGO_COLOURS.svg, [header[1], page.height]).count).toBe(0);
  });

  it('PDF: the headline is in the primary colour and the quote rule in the accent colour', async () => {
    const page = await renderPage(pdf, 100);
    expect(find(page, PRIMARY).count).toBeGreaterThan(100);
    expect(find(page, ACCENT).count).toBeGreaterThan(20);
  });
});

describe('brand files export refuses, with a message and nothing embedded', () => {
  async function refused(brand: Record<string, unknown>, files: Record<string, Uint8Array>): Promise<{ message: string; dir: string }> {
    const dir = await brandProject(brand, files);
    const error = await exportProject(dir, { formats: ['docx', 'pdf'] }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ProjectFilesError);
    // Neither document was written: nothing from the bad file went anywhere.
    expect(await readdir(join(dir, 'exports')).catch(() => [])).toEqual([]);
    return { message: (error as Error).message, dir };
  }

  const plain = { name: 'Aberhaven Council', colours: { primary: PRIMARY, accent: ACCENT, text: '#0b0c0c' } };

  it('a broken font', async () => {
    const { message } = await refused(
      { ...plain, fonts: { heading: 'Arial', body: 'assets/brand/broken.ttf' } },
      { 'assets/brand/broken.ttf': new Uint8Array([0, 1, 0, 0, ...new Array(200).fill(7)]) },
    );
    expect(message).toMatch(/^test-release: /);
    expect(message).toMatch(/the font "assets\/brand\/broken\.ttf" cannot be used, because it is damaged/);
    expect(message).toMatch(/Choose another TTF or OTF file for the brand, or one of the bundled fonts \(Arial\)/);
  });

  it('an SVG logo with a script, and a partner SVG logo that reaches outside itself', async () => {
    const script = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>alert(1)</script><rect width="10" height="10"/></svg>';
    const outside = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="https://example.com/logo.png" width="10" height="10"/></svg>';
    const { message } = await refused(
      { ...plain, logo: 'assets/brand/script.svg', partners: [{ name: 'Police Scotland', logo: 'assets/brand/outside.svg' }] },
      { 'assets/brand/script.svg': new TextEncoder().encode(script), 'assets/brand/outside.svg': new TextEncoder().encode(outside) },
    );
    expect(message).toMatch(/the logo "assets\/brand\/script\.svg" cannot be used, because it contains a script/);
    expect(message).toMatch(/the logo "assets\/brand\/outside\.svg" cannot be used, because it .*example\.com|outside/);
    expect(message).toMatch(/Save the logo again from your design program as a plain SVG \(or as a PNG\)/);
  });

  it('a 40 MB logo, refused before it is read', async () => {
    const dir = await brandProject({ ...plain, logo: 'assets/brand/huge.png' }, { 'assets/brand/huge.png': await pngLogo('#123456') });
    // Sparse: 40 MB and one byte on disk in no time; the header is a real PNG's.
    const file = await open(join(dir, 'assets/brand/huge.png'), 'r+');
    await file.truncate(40_000_001);
    await file.close();
    const error = await exportProject(dir, { formats: ['pdf'] }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(ProjectFilesError);
    expect(error!.message).toMatch(/the logo "assets\/brand\/huge\.png" is 40\.1 MB, more than the 40 MB Pressdesk accepts; save a smaller copy/);
    expect(await readdir(join(dir, 'exports')).catch(() => [])).toEqual([]);
  });
});

describe('exporting a branded release again and again (as the app does while someone works on it)', () => {
  it('writes the same compressed font part under the same key, and picks up a logo replaced in between', async () => {
    const font = testFont();
    const dir = await brandProject(
      { ...BRAND, logo: 'assets/brand/police.png', partners: [] },
      { 'assets/brand/police.png': await pngLogo(LOGO_COLOURS.police, 600, 300), 'assets/brand/test-sans.ttf': font },
    );
    const exportAs = async (name: string) => {
      const outDir = join(dir, name);
      const result = await exportProject(dir, { formats: ['docx', 'pdf'], outDir });
      return { docx: result.files.find((file) => file.format === 'docx')!.path, pdf: result.files.find((file) => file.format === 'pdf')!.path };
    };
    const first = await exportAs('first');
    const second = await exportAs('second');
    const keyOf = async (path: string) => /w:fontKey="(\{[0-9A-F-]+\})"/.exec((await zipParts(path)).xml['word/fontTable.xml'] ?? '')?.[1];
    expect(await keyOf(first.docx)).toBeDefined();
    expect(await keyOf(second.docx)).toBe(await keyOf(first.docx));
    expect(await zipFile(second.docx, 'word/fonts/font1.odttf')).toEqual(await zipFile(first.docx, 'word/fonts/font1.odttf'));
    // Deflated (8), not stored, and Python's zipfile checks its CRC as it reads it.
    const method = await run('/usr/bin/python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip(), z.getinfo("word/fonts/font1.odttf").compress_type)', second.docx], {
      reader: 'python3 zipfile',
    });
    expect(method.stdout.trim()).toBe('None 8');

    // A new logo under the same name (as replacing the file in the assets folder does) is read again, not remembered.
    await writeFile(join(dir, 'assets/brand/police.png'), await pngLogo(LOGO_COLOURS.nhs, 600, 300));
    const third = await exportAs('third');
    const page = await renderPage(third.pdf, 50);
    const header: readonly [number, number] = [0, Math.round(page.height / 5)];
    expect(find(page, LOGO_COLOURS.nhs, header).count).toBeGreaterThan(20);
    expect(find(page, LOGO_COLOURS.police, header).count).toBe(0);
  }, 60_000);
});
