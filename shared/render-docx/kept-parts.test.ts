import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFont } from '../brands/font-fixtures.test-helper';
import type { DocTree, FontFile, ImageData } from '../doc-tree';
import { docxEmbeddedFonts, docxPartDigests, readDocx } from '../testing/readers';
import { run } from '../testing/run-reader';
import { sampleDocTree, solidPng } from '../testing/sample-doc-tree';
import { EDITING_REPERTOIRE } from './font-subset';
import { fontTableCache } from './font-table-parts';
import { furniturePartsCache } from './furniture-parts';
import { harfbuzz } from './harfbuzz.test-helper';
import { renderDocx } from './render-docx';

/*
 * Headers, footers and the font table are formatted at a document's first export and kept for the next ones
 * (furniture-parts.ts, font-table-parts.ts). Each test starts from logos and fonts no export has seen (new bytes
 * objects), so its first export is docx's own, and reads the packages back with Python's zipfile and python-docx.
 */

const NOW = new Date('2023-05-23T09:30:00Z');
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 100"><rect width="160" height="100" fill="#ffbf47"/></svg>');
const ALTS = ['Aberhaven Council logo', 'Police Scotland logo', 'NHS Aberhaven logo'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-kept-'));
});

let written = 0;
const writeDocx = async (tree: DocTree): Promise<string> => {
  const path = join(dir, `export-${++written}.docx`);
  await writeFile(path, await renderDocx(tree, { now: NOW }));
  return path;
};

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A joint release's logos, new bytes each time: the council's drawn from an SVG (with its PNG), and two partners'. */
async function jointLogos(): Promise<ImageData[]> {
  const [council, police, nhs] = await Promise.all([solidPng(480, 200, '#ffbf47'), solidPng(600, 300, '#5694ca'), solidPng(400, 400, '#912b88')]);
  return [{ ...council!, svg: new Uint8Array(SVG) }, police!, nhs!];
}

/** The sample release co-branded: three logos in the first-page header, a DRAFT mark, and DejaVu Sans embedded. */
async function jointTree(logos: readonly ImageData[], fonts: { heading: FontFile; body: FontFile } = dejaVu()): Promise<DocTree> {
  const tree = await sampleDocTree();
  const [logo, ...partners] = logos.map((image, index) => ({ image, alt: ALTS[index]! }));
  return {
    ...tree,
    page: { ...tree.page, logo: logo!, partnerLogos: partners },
    theme: { ...tree.theme, fonts: { heading: 'DejaVu Sans', body: 'DejaVu Sans' }, fontFiles: fonts },
  };
}

/** A bold heading face and a regular body face of one family: two faces in the font table. */
const dejaVu = (): { heading: FontFile; body: FontFile } => ({
  heading: { bytes: bundledFont('DejaVuSans-Bold.ttf'), family: 'DejaVu Sans', bold: true, italic: false },
  body: { bytes: bundledFont('DejaVuSans.ttf'), family: 'DejaVu Sans', bold: false, italic: false },
});

const firstPicture = (tree: DocTree): ImageData => {
  const block = tree.blocks.find((candidate) => candidate.kind === 'image');
  if (block?.kind !== 'image') throw new Error('the tree has no picture');
  return block.image;
};

/** Each picture a part shows, in the order its XML names them (a:blip, then an SVG's asvg:svgBlip), as sha256. */
async function picturesOf(path: string, part: string): Promise<string[]> {
  const script = `
import hashlib, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
part = sys.argv[2]
xml = z.read(part).decode()
rels = z.read(part.replace("word/", "word/_rels/") + ".rels").decode()
targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
for rid in re.findall(r'r:embed="([^"]+)"', xml): print(hashlib.sha256(z.read("word/" + targets[rid])).hexdigest())`;
  return (await run('/usr/bin/python3', ['-c', script, path, part], { reader: 'python3 zipfile' })).stdout.trim().split('\n');
}

/** The XML of one part, as Python's zipfile reads it. */
async function partText(path: string, part: string): Promise<string> {
  const script = 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())';
  return (await run('/usr/bin/python3', ['-c', script, path, part], { reader: 'python3 zipfile' })).stdout;
}

describe('headers and footers kept from one export to the next (furniture-parts.ts)', () => {
  it('writes the same package when it keeps them as when docx writes them, the logos once each and where they belong', async () => {
    const logos = await jointLogos();
    const tree = await jointTree(logos);
    expect(furniturePartsCache.cached(tree.page)).toBeUndefined();
    const first = await writeDocx(tree);
    expect(furniturePartsCache.cached(tree.page)).toBeDefined();
    const kept = await writeDocx(tree);
    expect(await docxPartDigests(kept)).toEqual(await docxPartDigests(first));

    const reading = await readDocx(kept);
    const header = reading.sections[0]!.headers.first!;
    expect(header.paragraphs.flatMap((p) => p.images).map((image) => [image.name, image.description, image.title])).toEqual([
      ['Logo 1', ALTS[0], ALTS[0]],
      ['Partner logo 2', ALTS[1], ALTS[1]],
      ['Partner logo 3', ALTS[2], ALTS[2]],
    ]);
    // Each drawing shows its own logo: the council's PNG with its SVG, then the partners' in order.
    const [council, police, nhs] = logos;
    expect(await picturesOf(kept, header.part.replace(/^\//, ''))).toEqual([sha256(council!.bytes), sha256(council!.svg!), sha256(police!.bytes), sha256(nhs!.bytes)]);
    // The body's picture keeps its own drawing id after the logos' 1 to 3.
    expect(reading.images.map((image) => image.id)).toEqual(['4', '5']);
    const names = (await run('/usr/bin/python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', kept], { reader: 'python3 zipfile' })).stdout;
    expect(names.split('\n').filter((name) => name.startsWith('word/media/'))).toHaveLength(6); // four for the logos, two in the body
  });

  it('shows each picture where it belongs whether or not the body shows a logo too, the header kept from either', async () => {
    const logos = await jointLogos();
    const tree = await jointTree(logos);
    // Word names pictures in the order the package lists them, the body's first: the kept header must not care.
    const withLogoInBody: DocTree = { ...tree, blocks: [{ kind: 'image', image: logos[1]!, alt: 'The police logo, in the story', decorative: false }, ...tree.blocks] };
    await writeDocx(withLogoInBody);
    for (const doc of [tree, withLogoInBody]) {
      const kept = await writeDocx(doc);
      const header = (await readDocx(kept)).sections[0]!.headers.first!.part.replace(/^\//, '');
      expect(await picturesOf(kept, header)).toEqual([sha256(logos[0]!.bytes), sha256(logos[0]!.svg!), sha256(logos[1]!.bytes), sha256(logos[2]!.bytes)]);
      expect((await picturesOf(kept, 'word/document.xml'))[0]).toBe(sha256(firstPicture(doc).bytes));
    }
  });

  it('shows one picture for two logos that are the same file, and two for two files alike in all else', async () => {
    const [first, second] = await Promise.all([solidPng(600, 300, '#5694ca'), solidPng(600, 300, '#912b88')]);
    const tree = await jointTree([first!, second!]);
    await writeDocx(tree);
    const twice = await writeDocx({ ...tree, page: { ...tree.page, partnerLogos: [{ image: first!, alt: ALTS[1]! }] } });
    const header = (await readDocx(twice)).sections[0]!.headers.first!.part.replace(/^\//, '');
    expect(await picturesOf(twice, header)).toEqual([sha256(first!.bytes), sha256(first!.bytes)]);
  });

  it('writes new headers and footers for new alt text, a new logo, the DRAFT mark gone or a protective marking', async () => {
    const logos = await jointLogos();
    const tree = await jointTree(logos);
    await writeDocx(tree);
    await writeDocx(tree);

    const renamed = await readDocx(await writeDocx({ ...tree, page: { ...tree.page, partnerLogos: [{ image: logos[1]!, alt: 'Police logo' }, tree.page.partnerLogos![1]!] } }));
    expect(renamed.sections[0]!.headers.first!.paragraphs.flatMap((p) => p.images).map((image) => image.description)).toEqual([ALTS[0], 'Police logo', ALTS[2]]);

    const green = await solidPng(600, 300, '#00703c');
    const replaced = await writeDocx({ ...tree, page: { ...tree.page, partnerLogos: [{ image: green, alt: ALTS[1]! }, tree.page.partnerLogos![1]!] } });
    const header = (await readDocx(replaced)).sections[0]!.headers.first!.part.replace(/^\//, '');
    expect((await picturesOf(replaced, header))[2]).toBe(sha256(green.bytes));

    const approvedPage = { logo: tree.page.logo!, partnerLogos: tree.page.partnerLogos!, footerLine: tree.page.footerLine! };
    const approved = await readDocx(await writeDocx({ ...tree, page: approvedPage }));
    expect(approved.sections[0]!.headers.default).toBeNull();
    expect(JSON.stringify([approved.headers, approved.footers])).not.toContain('DRAFT');

    const marked = await readDocx(await writeDocx({ ...tree, page: { ...tree.page, classification: 'OFFICIAL-SENSITIVE' } }));
    expect(marked.headers.map((texts) => texts[0])).toEqual(['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE']);
    expect(marked.footers.map((texts) => texts.at(-1))).toEqual(['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE']);
  });
});

describe('the font table kept from one export to the next (font-table-parts.ts)', () => {
  /** Each embedded face: the font table's entry (its kind) and its part with the key's obfuscation undone (readers.ts). */
  const embeddedFaces = async (path: string): Promise<{ kind: string; sha: string }[]> =>
    (await docxEmbeddedFonts(path)).map((font) => ({ kind: font.face, sha: sha256(font.bytes) }));

  it('embeds each face whole under its key, with Word told to keep them, whether the table is kept or docx writes it', async () => {
    const fonts = dejaVu();
    const tree = await jointTree(await jointLogos(), fonts);
    expect(fontTableCache.cached(tree.theme)).toBeUndefined();
    const first = await writeDocx(tree);
    expect(fontTableCache.cached(tree.theme)).toBeDefined();
    const kept = await writeDocx(tree);
    expect(await docxPartDigests(kept)).toEqual(await docxPartDigests(first));
    expect(await embeddedFaces(kept)).toEqual([
      { kind: 'Regular', sha: sha256(fonts.body.bytes) },
      { kind: 'Bold', sha: sha256(fonts.heading.bytes) },
    ]);
    expect(await partText(kept, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
  });

  it('embeds each face’s subset when given a subsetter, the same package whether the table is kept or docx writes it', async () => {
    const fonts = dejaVu();
    const tree = await jointTree(await jointLogos(), fonts);
    const subsetFont = await harfbuzz();
    const first = join(dir, `export-${++written}.docx`);
    await writeFile(first, await renderDocx(tree, { now: NOW, subsetFont }));
    const kept = join(dir, `export-${++written}.docx`);
    await writeFile(kept, await renderDocx(tree, { now: NOW, subsetFont }));
    expect(await docxPartDigests(kept)).toEqual(await docxPartDigests(first));
    // The sample's text is all in the repertoire: each face is HarfBuzz's subset of its font to the repertoire.
    const subset = async (font: Uint8Array) => sha256(await subsetFont(font, [...EDITING_REPERTOIRE]));
    expect(await embeddedFaces(kept)).toEqual([
      { kind: 'Regular', sha: await subset(fonts.body.bytes) },
      { kind: 'Bold', sha: await subset(fonts.heading.bytes) },
    ]);
    expect(await subset(fonts.body.bytes)).not.toBe(sha256(fonts.body.bytes));
  });

  it('writes a new table for new fonts, and none without', async () => {
    const tree = await jointTree(await jointLogos());
    await writeDocx(tree);
    await writeDocx(tree);
    const liberation: FontFile = { bytes: bundledFont('LiberationSans-Regular.ttf'), family: 'Liberation Sans', bold: false, italic: false };
    const other = await writeDocx({ ...tree, theme: { ...tree.theme, fontFiles: { heading: liberation, body: liberation } } });
    expect(await partText(other, 'word/fontTable.xml')).toMatch(/<w:font w:name="Liberation Sans">/);
    expect(await embeddedFaces(other)).toEqual([{ kind: 'Regular', sha: sha256(liberation.bytes) }]);

    // The same font read again (new bytes, as brand-assets.ts gives a changed file) gets its own key, and the table says so.
    const reread = { ...dejaVu().body, bytes: bundledFont('DejaVuSans.ttf') };
    expect(await embeddedFaces(await writeDocx({ ...tree, theme: { ...tree.theme, fontFiles: { heading: reread, body: reread } } }))).toEqual([
      { kind: 'Regular', sha: sha256(reread.bytes) },
    ]);

    const plain = await writeDocx({ ...tree, theme: { colours: tree.theme.colours, fonts: tree.theme.fonts } });
    expect(await partText(plain, 'word/fontTable.xml')).not.toContain('w:embed');
    expect(await partText(plain, 'word/settings.xml')).not.toContain('embedTrueTypeFonts');
  });
});
