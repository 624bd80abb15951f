import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocTree, Runs } from '../doc-tree';
import { bundledFonts } from './text/fonts.test-helper';
import { sampleDocTree } from '../testing/sample-doc-tree';
import { pdfInfo, pdfToText, qpdfCheck } from '../testing/readers';
import { renderPdf } from './render-pdf';

/** Hard input for the typesetter, each read back with poppler and qpdf: no crash, no hang, nothing lost. */

const words = (count: number, seed = 0) =>
  Array.from({ length: count }, (_, index) => ['harbour', 'council', 'wall', 'repair', 'funding', 'residents', 'safety'][(index + seed) % 7]).join(' ');

async function render(blocks: Block[]): Promise<{ path: string; warnings: readonly string[] }> {
  const base = await sampleDocTree({ draft: false, logo: false });
  const tree: DocTree = { ...base, blocks };
  const { bytes, warnings } = await renderPdf(tree, bundledFonts, { now: new Date('2026-01-01T00:00:00Z') });
  const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-render-pdf-')), 'out.pdf');
  await writeFile(path, bytes);
  await qpdfCheck(path);
  return { path, warnings };
}

const para = (text: string): Block => ({ kind: 'paragraph', style: 'normal', runs: [{ text }] });
/** Without white space and hyphens: pdftotext rejoins a word broken after a hyphen and drops the hyphen. */
const squeeze = (text: string) => text.replace(/[\s-]+/g, '');

/** The body text of a PDF: pdftotext's pages without the footer lines that repeat on each page. */
async function bodyText(path: string): Promise<string> {
  const footerLine = (await sampleDocTree()).page.footerLine ?? '\u0000';
  return (await pdfToText(path))
    .split('\n')
    .filter((line) => !/^Page \d+ of \d+$/.test(line.trim()) && line.trim() !== footerLine.trim())
    .join('\n');
}

describe('renderPdf with hard input', () => {
  it('breaks an extremely long word and a long URL instead of running off the page', async () => {
    const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(4);
    const url = `https://www.example.gov.uk/${'very-long-path-segment/'.repeat(12)}report.pdf`;
    const runs: Runs = [{ text: `${long} and ` }, { text: url, link: url }];
    const { path } = await render([{ kind: 'paragraph', style: 'normal', runs }]);
    const text = await bodyText(path);
    expect(squeeze(text)).toContain(squeeze(long));
    expect(squeeze(text)).toContain(squeeze(url));
    // Every line stays inside the 16 cm text area: pdftotext -bbox would show it; the layout pads with
    // line breaks, so more than one line proves the word was broken.
    expect(text.trim().split('\n').length).toBeGreaterThan(3);
  });

  it('sets a 2,000-word paragraph over pages, in order', async () => {
    const text = words(2000);
    const { path } = await render([para(text)]);
    expect((await pdfInfo(path)).pages).toBeGreaterThanOrEqual(3);
    expect(squeeze(await bodyText(path))).toContain(squeeze(text));
  });

  it('copes with a body of nothing but headings', async () => {
    const blocks: Block[] = Array.from({ length: 120 }, (_, index) => ({
      kind: 'heading',
      level: (index % 2 === 0 ? 1 : 2) as 1 | 2,
      runs: [{ text: `Heading ${index + 1}` }],
    }));
    const { path } = await render(blocks);
    const text = await pdfToText(path);
    expect(text).toContain('Heading 1\n');
    expect(text).toContain('Heading 120');
    // Each heading keeps with the next, so the chain is longer than a page: it must not become one heading a page.
    expect((await pdfInfo(path)).pages).toBeLessThanOrEqual(9);
  });

  it('draws Welsh, Gaelic, Greek, Cyrillic and Arabic letters, and lists emoji it cannot draw as a warning', async () => {
    const { path, warnings } = await render([para('Tŷ Coch ŵyn · Fàilte · Αθήνα · Москва · مرحبا · Launch 🎉 day')]);
    const text = await pdfToText(path);
    for (const word of ['Tŷ Coch', 'ŵyn', 'Fàilte', 'Αθήνα', 'Москва', 'مرحبا', 'Launch', 'day']) expect(text).toContain(word);
    expect(warnings.join(' ')).toContain('🎉');
  });

  it('renders the sample tree with every kind of block, and its table with header cells', async () => {
    const tree = await sampleDocTree();
    const { bytes } = await renderPdf(tree, bundledFonts);
    const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-render-pdf-')), 'sample.pdf');
    await writeFile(path, bytes);
    await qpdfCheck(path);
    const text = await pdfToText(path);
    for (const word of ['New homes for Aberhaven', 'Phase', 'Autumn 2023', 'ENDS']) expect(text).toContain(word);
    expect((await readFile(path)).length).toBeGreaterThan(1000);
  });
});

describe('a tall portrait picture', () => {
  it('is scaled to leave room for its caption on the page, not run off it', async () => {
    const { solidPng } = await import('../testing/sample-doc-tree');
    const tall = await solidPng(400, 4000);
    const { path } = await render([
      { kind: 'image', image: tall, alt: 'A very tall chart', decorative: false, caption: [{ text: 'The caption stays on the page' }] },
    ]);
    expect((await pdfInfo(path)).pages).toBe(1);
    expect(await pdfToText(path)).toContain('The caption stays on the page');
  });
});

describe('a picture with a long caption', () => {
  it('keeps every word: the caption splits across pages instead of running off the first', async () => {
    const { solidPng } = await import('../testing/sample-doc-tree');
    const caption = words(900, 3);
    const { path } = await render([
      { kind: 'image', image: await solidPng(800, 400), alt: 'A chart', decorative: false, caption: [{ text: caption }] },
    ]);
    expect((await pdfInfo(path)).pages).toBeGreaterThanOrEqual(2);
    expect(squeeze(await bodyText(path))).toContain(squeeze(caption));
  });

  it('tags the caption inside its Figure, and a decorative picture’s caption as a plain paragraph', async () => {
    const { solidPng } = await import('../testing/sample-doc-tree');
    const { pdfStructureText } = await import('../testing/readers');
    const picture = await solidPng(300, 200);
    const { path } = await render([
      { kind: 'image', image: picture, alt: 'A chart', decorative: false, caption: [{ text: 'Informative caption' }] },
      { kind: 'image', image: picture, alt: '', decorative: true, caption: [{ text: 'Decorative caption' }] },
    ]);
    const structure = await pdfStructureText(path);
    expect(structure).toMatch(/\n {2}Figure[^\n]*\n( {4}[^\n]*\n)* {4}Caption[^\n]*\n\s+"Informative caption"/);
    expect(structure).toMatch(/\n {2}P \(block\)\n\s+"Decorative caption"/);
    expect(structure.match(/Figure/g)).toHaveLength(1);
  });
});

describe('renderPdf with a deflate of the caller’s (the export pipeline passes Node’s zlib)', () => {
  it('compresses every page’s content with it, and poppler and qpdf read the result', async () => {
    const { deflateSync } = await import('node:zlib');
    const tree = await sampleDocTree({ draft: false, logo: false });
    let calls = 0;
    const { bytes } = await renderPdf(tree, bundledFonts, {
      deflate: (data) => {
        calls += 1;
        return deflateSync(data);
      },
    });
    const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-deflate-')), 'zlib.pdf');
    await writeFile(path, bytes);
    await qpdfCheck(path);
    const { pages } = await pdfInfo(path);
    expect(pages).toBeGreaterThan(0);
    expect(calls).toBeGreaterThanOrEqual(pages);
    const plain = await renderPdf(tree, bundledFonts);
    const plainPath = join(await mkdtemp(join(tmpdir(), 'pressdesk-deflate-')), 'fflate.pdf');
    await writeFile(plainPath, plain.bytes);
    expect(await pdfToText(path)).toBe(await pdfToText(plainPath));
  });
});

describe('renderPdf with pages compressed elsewhere (the command line’s worker thread)', () => {
  const pageCount = (bytes: Uint8Array) => (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/g) ?? []).length;

  it('hands each page’s content over, waits for all of them, and the PDF reads the same as one compressed here', async () => {
    const { deflateSync } = await import('node:zlib');
    const tree = await sampleDocTree({ draft: false, logo: false });
    const longer: DocTree = { ...tree, blocks: [...tree.blocks, ...Array.from({ length: 12 }, (_, index) => para(words(300, index)))] };
    const handed: number[] = [];
    // Answers out of order, later pages first, as a busy thread might.
    const elsewhere = (data: Uint8Array) => {
      handed.push(data.length);
      return new Promise<Uint8Array>((done) => setTimeout(() => done(deflateSync(data)), 40 - handed.length * 5));
    };
    const here = await renderPdf(longer, bundledFonts, { now: new Date('2026-01-01T00:00:00Z') });
    const there = await renderPdf(longer, bundledFonts, { now: new Date('2026-01-01T00:00:00Z'), deflatePages: elsewhere });
    expect(pageCount(there.bytes)).toBeGreaterThan(2);
    expect(handed).toHaveLength(pageCount(there.bytes));
    const dir = await mkdtemp(join(tmpdir(), 'pressdesk-deflate-pages-'));
    await Promise.all([writeFile(join(dir, 'here.pdf'), here.bytes), writeFile(join(dir, 'there.pdf'), there.bytes)]);
    await qpdfCheck(join(dir, 'there.pdf'));
    expect(await pdfToText(join(dir, 'there.pdf'))).toBe(await pdfToText(join(dir, 'here.pdf')));
  });

  it('compresses a page here when it fails elsewhere, so the PDF still has every page', async () => {
    const tree = await sampleDocTree({ draft: false, logo: false });
    let asked = 0;
    const failing = async (): Promise<Uint8Array> => {
      asked += 1;
      throw new Error('The export worker stopped (exit code 1).');
    };
    const { bytes } = await renderPdf(tree, bundledFonts, { deflatePages: failing });
    const here = await renderPdf(tree, bundledFonts);
    const dir = await mkdtemp(join(tmpdir(), 'pressdesk-deflate-pages-'));
    await Promise.all([writeFile(join(dir, 'fallback.pdf'), bytes), writeFile(join(dir, 'here.pdf'), here.bytes)]);
    await qpdfCheck(join(dir, 'fallback.pdf'));
    expect(asked).toBe(pageCount(bytes));
    expect(await pdfToText(join(dir, 'fallback.pdf'))).toBe(await pdfToText(join(dir, 'here.pdf')));
  });
});

describe('a picture in one export after another (the app exports the same release again and again)', () => {
  it('is decoded and compressed once, and drawn the same each time', async () => {
    const { deflateSync } = await import('node:zlib');
    const tree = await sampleDocTree({ draft: false, logo: true });
    const deflated: Uint8Array[][] = [[], []];
    let run = 0;
    // One deflate for both exports, as the export pipeline passes (PDF_OPTIONS).
    const options = {
      deflate: (data: Uint8Array) => {
        deflated[run]!.push(data);
        return deflateSync(data);
      },
    };
    const first = await renderPdf(tree, bundledFonts, options);
    run = 1;
    const second = await renderPdf(tree, bundledFonts, options);
    // The pictures' pixel arrays went to the deflate in the first export only.
    const again = deflated[1]!.filter((data) => deflated[0]!.includes(data));
    expect(again).toEqual([]);
    expect(deflated[1]!.length).toBeLessThan(deflated[0]!.length);
    // And the second file still has every picture: poppler lists the same images, the same size, on the same pages.
    const list = async (bytes: Uint8Array) => {
      const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-reuse-')), 'doc.pdf');
      await writeFile(path, bytes);
      await qpdfCheck(path);
      const { execFileSync } = await import('node:child_process');
      return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).map((line) => line.trim().split(/\s+/).slice(0, 6).join(' '));
    };
    const [firstImages, secondImages] = await Promise.all([list(first.bytes), list(second.bytes)]);
    expect(firstImages.filter((line) => line !== '').length).toBeGreaterThanOrEqual(3);
    expect(secondImages).toEqual(firstImages);
  });
});

