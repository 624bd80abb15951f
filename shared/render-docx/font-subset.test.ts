import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_LETTERS } from '../brands/language-letters';
import { bundledFont } from '../brands/font-fixtures.test-helper';
import type { DocTree, FontFile } from '../doc-tree';
import { docxEmbeddedFonts, readDocx, readFont } from '../testing/readers';
import { run } from '../testing/run-reader';
import { sampleDocTree } from '../testing/sample-doc-tree';
import { EDITING_REPERTOIRE, FontSubsetError, charactersBeyondRepertoire, type FontSubsetter } from './font-subset';
import { harfbuzzSubsetter } from './harfbuzz-subset';
import { harfbuzz } from './harfbuzz.test-helper';
import { renderDocx } from './render-docx';
import { expectSubsetFor } from './subset-checks.test-helper';

/*
 * The brand font the DOCX embeds is cut down to the editing repertoire and the document's characters
 * (font-subset.ts). Packages are read back with Python's zipfile (the font table and the de-obfuscated fonts) and
 * fontconfig (what each font file covers); each test starts from font bytes no export has seen.
 */

const NOW = new Date('2023-05-23T09:30:00Z');
const codePoint = (character: string): number => character.codePointAt(0)!;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-font-subset-'));
});

let written = 0;
const writeDocx = async (tree: DocTree, subsetFont?: FontSubsetter): Promise<string> => {
  const path = join(dir, `export-${++written}.docx`);
  await writeFile(path, await renderDocx(tree, { now: NOW, ...(subsetFont ? { subsetFont } : {}) }));
  return path;
};

/** DejaVu Sans, read afresh (new bytes: no subset of it is cached), for headings and body. */
const dejaVu = (): FontFile => ({ bytes: bundledFont('DejaVuSans.ttf'), family: 'DejaVu Sans', bold: false, italic: false });

const withFont = (tree: DocTree, font: FontFile): DocTree => ({
  ...tree,
  theme: { ...tree.theme, fonts: { heading: font.family, body: font.family }, fontFiles: { heading: font, body: font } },
});

/** The sample with one more paragraph. */
const saying = (tree: DocTree, text: string): DocTree => ({ ...tree, blocks: [...tree.blocks, { kind: 'paragraph', style: 'normal', runs: [{ text }] }] });

/** The key the font table gives the embedded font (Python's zipfile). */
const fontKey = async (path: string): Promise<string | undefined> => {
  const script = 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/fontTable.xml").decode())';
  return /w:fontKey="(\{[0-9A-F-]+\})"/.exec((await run('/usr/bin/python3', ['-c', script, path], { reader: 'python3 zipfile' })).stdout)?.[1];
};

/** A subsetter that counts its calls. */
const counted = (subsetter: FontSubsetter): FontSubsetter & { calls: number } => {
  const wrapped = Object.assign((font: Uint8Array, codePoints: readonly number[]) => {
    wrapped.calls += 1;
    return subsetter(font, codePoints);
  }, { calls: 0 });
  return wrapped;
};

describe('the editing repertoire', () => {
  it('has the Latin ranges, the Welsh letters, every letter the brand check asks for, punctuation and the symbols', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0xff],
      [0x100, 0x17f],
      [0x1e80, 0x1e85],
      [0x1ef2, 0x1ef3],
      [0x2010, 0x203a],
    ];
    for (const [first, last] of ranges) for (let c = first; c <= last; c++) expect(EDITING_REPERTOIRE.has(c), c.toString(16)).toBe(true);
    for (const character of [...LANGUAGE_LETTERS.map(({ letters }) => letters).join(''), ...'€£™©°ŵŷẅỳąęłńśźżčřő•…‹›']) {
      expect(EDITING_REPERTOIRE.has(codePoint(character)), character).toBe(true);
    }
    for (const character of 'ЖΩψ→\u007f\u009f\u0180') expect(EDITING_REPERTOIRE.has(codePoint(character)), character).toBe(false);
  });

  it('leaves out of the document’s characters those it has, and finds the others in every place text is', async () => {
    const tree = await sampleDocTree();
    const cell = (text: string) => [{ text }];
    const everywhere: DocTree = {
      ...tree,
      meta: { ...tree.meta, title: 'Housing → homes' },
      page: { ...tree.page, footerLine: 'Aberhaven · Ж', draftMark: 'DRAFT ∑', classification: 'OFFICIAL ⚠', partnerLogos: [{ image: tree.page.logo!.image, alt: 'Logo ☂' }] },
      blocks: [
        { kind: 'heading', level: 1, runs: cell('Καλημέρα') },
        { kind: 'list', ordered: false, items: [cell('one Я')] },
        { kind: 'quote', attribution: cell('Jane said ش'), paragraphs: [cell('“Yes” ✓')] },
        { kind: 'image', image: tree.page.logo!.image, alt: 'A harbour', decorative: false, caption: cell('Caption ℃'), credit: cell('Credit ♥') },
        { kind: 'table', header: [cell('Phase ❶')], rows: [[cell('𝔸 one')]] },
      ],
    };
    const expected = [...'→ЖЯ∑⚠☂ΚαλημέρΚش✓℃♥❶𝔸'].map(codePoint);
    expect(charactersBeyondRepertoire(everywhere)).toEqual([...new Set(expected)].sort((a, b) => a - b));
    expect(charactersBeyondRepertoire(await sampleDocTree())).toEqual([]);
  });

  it('finds, in any text, exactly the characters a reading of it character by character finds outside the repertoire', async () => {
    const tree = await sampleDocTree();
    const repertoire = [...EDITING_REPERTOIRE].map((cp) => String.fromCodePoint(cp));
    // Text mostly from the repertoire, with its neighbours, controls, astral characters and lone surrogates.
    const character = fc.oneof(
      fc.constantFrom(...repertoire),
      fc.integer({ min: 0, max: 0x2100 }).map((cp) => String.fromCharCode(cp)),
      fc.integer({ min: 0x10000, max: 0x1ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom('\ud800', '\udfff', '\n', '\t'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(character).map((characters) => characters.join(''))), (texts) => {
        const expected = new Set<number>();
        for (const text of texts) for (const char of text) if (!EDITING_REPERTOIRE.has(codePoint(char))) expected.add(codePoint(char));
        const withTexts: DocTree = { ...tree, blocks: texts.map((text) => ({ kind: 'paragraph' as const, style: 'normal' as const, runs: [{ text }] })) };
        const found = charactersBeyondRepertoire(withTexts);
        expect(found).toEqual([...expected].sort((a, b) => a - b));
      }),
    );
  });
});

describe('the brand font embedded in the DOCX', () => {
  it('is a subset with the repertoire and the document’s characters the font has, its family name unchanged, and nothing else', async () => {
    const font = dejaVu();
    const tree = saying(withFont(await sampleDocTree(), font), 'Zażółć gęślą jaźń. Καλημέρα, Αμπερχέιβεν.');
    const docx = await writeDocx(tree, await harfbuzz());
    const [embedded, ...others] = await docxEmbeddedFonts(docx);
    expect(others).toEqual([]);
    expect(embedded!.family).toBe('DejaVu Sans');
    const [original, subset] = await Promise.all([readFont(font.bytes), readFont(embedded!.bytes)]);
    expect(subset.families).toEqual(original.families);
    // Kept: every character python-docx reads in the document (body, headers, footers), and the repertoire. Dropped:
    // DejaVu Sans has these, the document does not use them.
    expectSubsetFor(original, subset, { shown: JSON.stringify(await readDocx(docx)), kept: 'ΚαλημέρΑμπχιβνżółćęśąźń', dropped: 'ЖψΩ→' });
    expect(embedded!.bytes.length).toBeLessThan(font.bytes.length / 6);
  });

  it('is made once for a document and its later edits in the repertoire, and again for a new character, under a new key', async () => {
    const subsetter = counted(await harfbuzz());
    const tree = withFont(await sampleDocTree(), dejaVu());
    const english = await writeDocx(tree, subsetter);
    const edited = await writeDocx(saying(tree, 'The drop-in is on Tuesday, 6–8 pm, at the Crown & Anchor.'), subsetter);
    expect(subsetter.calls).toBe(1);
    expect(await docxEmbeddedFonts(edited)).toEqual(await docxEmbeddedFonts(english));
    expect(await fontKey(edited)).toBe(await fontKey(english));

    const greek = await writeDocx(saying(tree, 'Καλημέρα'), subsetter);
    expect(subsetter.calls).toBe(2);
    const [withGreek] = await docxEmbeddedFonts(greek);
    const [withoutGreek] = await docxEmbeddedFonts(english);
    expect((await readFont(withGreek!.bytes)).codePoints.has(codePoint('λ'))).toBe(true);
    expect((await readFont(withoutGreek!.bytes)).codePoints.has(codePoint('λ'))).toBe(false);
    expect(await fontKey(greek)).not.toBe(await fontKey(english));
    // Back to the English release: its subset and font table are the ones made first.
    expect(await fontKey(await writeDocx(tree, subsetter))).toBe(await fontKey(english));
    expect(subsetter.calls).toBe(2);
  });

  it('is the whole font when the subsetter throws or rejects, and the next export tries again', async () => {
    const font = dejaVu();
    const tree = withFont(await sampleDocTree(), font);
    const throwing = counted(() => {
      throw new FontSubsetError('odd tables');
    });
    const rejecting = counted(() => Promise.reject(new FontSubsetError('odd tables')));
    for (const subsetter of [throwing, rejecting]) {
      for (let time = 0; time < 2; time++) {
        const faces = await docxEmbeddedFonts(await writeDocx(tree, subsetter));
        expect(faces.map((face) => face.face)).toEqual(['Regular']);
        expect(Buffer.from(faces[0]!.bytes).equals(Buffer.from(font.bytes))).toBe(true);
      }
      expect(subsetter.calls).toBe(2);
    }
  });

  it('is the whole font when HarfBuzz cannot read it, and HarfBuzz says why', async () => {
    const subsetter = await harfbuzz();
    const notAFont = new Uint8Array([0, 1, 0, 0, ...new Array(200).fill(7)]);
    expect(() => subsetter(notAFont, [...EDITING_REPERTOIRE])).toThrow(FontSubsetError);
    const odd: FontFile = { bytes: notAFont, family: 'Odd Sans', bold: false, italic: false };
    const [embedded] = await docxEmbeddedFonts(await writeDocx(withFont(await sampleDocTree(), odd), subsetter));
    expect(Buffer.from(embedded!.bytes).equals(Buffer.from(notAFont))).toBe(true);
  });

  it('keeps its tables for Word: outlines, metrics, layout, every name record and the embedding bits', async () => {
    const font = bundledFont('DejaVuSans.ttf');
    const subset = (await harfbuzz())(font, [...EDITING_REPERTOIRE]) as Uint8Array;
    // The sfnt table directory, OS/2 fsType and the name table's record count, read with Python's struct.
    const script = `
import json, struct, sys
def read(path):
    data = open(path, "rb").read()
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        tables[tag.decode("latin1")] = (offset, length)
    os2 = tables["OS/2"][0]
    name = tables["name"][0]
    records = struct.unpack(">H", data[name + 2: name + 4])[0]
    # Windows and Unicode records: the Macintosh ones (platform 1) are dropped, as Word reads the Windows names.
    names = [struct.unpack(">HHHH", data[name + 6 + 12 * i: name + 14 + 12 * i]) for i in range(records)]
    return {"tables": sorted(tables), "fsType": struct.unpack(">H", data[os2 + 8: os2 + 10])[0], "names": sorted(r for r in names if r[0] != 1)}
print(json.dumps([read(sys.argv[1]), read(sys.argv[2])]))`;
    await writeFile(join(dir, 'original.ttf'), font);
    await writeFile(join(dir, 'subset.ttf'), subset);
    const [original, cut] = JSON.parse((await run('/usr/bin/python3', ['-c', script, join(dir, 'original.ttf'), join(dir, 'subset.ttf')], { reader: 'python3' })).stdout);
    expect(cut.tables).toEqual(expect.arrayContaining(['cmap', 'glyf', 'loca', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'GDEF', 'GPOS', 'GSUB']));
    expect(original.tables).toContain('kern'); // HarfBuzz does not subset the legacy kern table; GPOS has the kerning
    expect(cut.fsType).toBe(original.fsType);
    expect(cut.names).toEqual(original.names);
    expect(cut.names.length).toBeGreaterThan(10);
  });

  it('refuses a WebAssembly module that is not HarfBuzz’s subsetter', async () => {
    // The smallest valid module: the magic number and version 1, nothing exported.
    const empty = await WebAssembly.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    await expect(harfbuzzSubsetter(empty)).rejects.toThrow(FontSubsetError);
  });
});
