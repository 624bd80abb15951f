import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { picture, writeProject } from '../export/fixtures.test-helper';
import { TEST_FAMILY, testFont } from '../export/brand-fixtures.test-helper';
import { docxEmbeddedFonts, pdfToText, readDocx, readFont } from '../testing/readers';
import { runExportCommand } from './export-command';

/**
 * `npm run export` as a person runs it: the bundled program in out/cli/ (built by the tests' global set-up), started by
 * its loader, its pictures normalised and its PDF pages compressed by the export worker. It must do what the command does in-process.
 */

const COMMAND = resolve('out/cli/pressdesk-export.cjs');

const bundled = (...argv: string[]) => {
  const run = spawnSync(process.execPath, [COMMAND, ...argv], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
};

async function inProcess(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExportCommand(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.map((line) => `${line}\n`).join(''), err: err.map((line) => `${line}\n`).join('') };
}

describe('the bundled command line', () => {
  it('is pure ASCII, which its loader reads as Latin-1 (scripts/cli-loader.cjs)', async () => {
    for (const name of (await readdir(resolve('out/cli'))).filter((file) => file.endsWith('.bundle.cjs'))) {
      const bytes = await readFile(resolve('out/cli', name));
      expect({ name, firstNonAscii: bytes.findIndex((byte) => byte > 0x7f) }).toEqual({ name, firstNonAscii: -1 });
    }
  });

  it('starts from the code cache made at build time, which V8 accepts (a rejected cache costs ~0.25 s at every start)', async () => {
    // The loader changes a V8 flag after reading the cache (scripts/cli-loader.cjs): changed before, V8 would refuse it.
    const out = await mkdtemp(join(tmpdir(), 'pressdesk-bundled-'));
    const run = spawnSync(process.execPath, [COMMAND, 'examples/joint-inspection-2023', '--format', 'pdf', '--out', out], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, PRESSDESK_REPORT_CODE_CACHE: '1' },
    });
    expect(run.stderr).toBe('code cache: accepted\n');
    expect(run.status).toBe(0);
  });

  it('exports the seed release with its pictures to both formats, as the command does in-process', async () => {
    const out = await mkdtemp(join(tmpdir(), 'pressdesk-bundled-'));
    const result = bundled('examples/joint-inspection-2023', '--format', 'both', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const written = (await readdir(out)).sort();
    expect(written).toEqual(['joint-inspection-of-children-at-risk-of-harm-may-2023.docx', 'joint-inspection-of-children-at-risk-of-harm-may-2023.pdf']);

    const here = await mkdtemp(join(tmpdir(), 'pressdesk-in-process-'));
    expect((await inProcess('examples/joint-inspection-2023', '--format', 'both', '--out', here)).code).toBe(0);
    const pdf = written.find((name) => name.endsWith('.pdf'))!;
    const docx = written.find((name) => name.endsWith('.docx'))!;
    expect(await pdfToText(join(out, pdf))).toBe(await pdfToText(join(here, pdf)));
    const [ours, theirs] = await Promise.all([readDocx(join(out, docx)), readDocx(join(here, docx))]);
    expect(ours.images.map((image) => image.description)).toEqual(theirs.images.map((image) => image.description));
    expect(ours.images.length).toBeGreaterThan(0);
  });

  it('shapes Arabic, Greek and Welsh as the in-process command does (fontkit’s Unicode tables, built on first use)', async () => {
    const dir = await writeProject({
      release: { body: [{ type: 'paragraph', text: 'Croeso i’r tŷ. Καλημέρα. مرحبا بكم في المجلس. Добрый день.' }] },
    });
    const [bundledOut, hereOut] = await Promise.all([mkdtemp(join(tmpdir(), 'pressdesk-bundled-')), mkdtemp(join(tmpdir(), 'pressdesk-in-process-'))]);
    const result = bundled(dir, '--format', 'pdf', '--out', bundledOut);
    expect(result.code).toBe(0);
    expect((await inProcess(dir, '--format', 'pdf', '--out', hereOut)).code).toBe(0);
    const text = await pdfToText(join(bundledOut, 'test-release.pdf'));
    expect(text).toContain('Καλημέρα');
    expect(text).toBe(await pdfToText(join(hereOut, 'test-release.pdf')));
  });

  it('embeds a brand font cut down by HarfBuzz, whose WebAssembly it finds from out/cli/', async () => {
    const font = testFont();
    const text = 'Croeso i’r tŷ. Καλημέρα.';
    const dir = await writeProject({
      files: { 'assets/test-sans.ttf': font },
      release: { body: [{ type: 'paragraph', text }] },
      project: { brand: { name: 'Aberhaven Council', colours: { primary: '#7a1f5c', accent: '#00703c', text: '#0b0c0c' }, fonts: { heading: 'assets/test-sans.ttf', body: 'assets/test-sans.ttf' } } },
    });
    const out = await mkdtemp(join(tmpdir(), 'pressdesk-bundled-'));
    const result = bundled(dir, '--format', 'docx', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const [embedded, ...others] = await docxEmbeddedFonts(join(out, 'test-release.docx'));
    expect(others).toEqual([]);
    expect(embedded!.family).toBe(TEST_FAMILY);
    // A subset (the whole font would be this size), with the release's Welsh and Greek.
    expect(embedded!.bytes.length).toBeLessThan(font.length / 8);
    const { codePoints } = await readFont(embedded!.bytes);
    for (const character of text.replace(/\s/g, '')) expect(codePoints.has(character.codePointAt(0)!), character).toBe(true);
  });

  it('lists every bad picture with the in-process command’s words, and writes nothing', async () => {
    const png = await picture(400, 300, 'png');
    const dir = await writeProject({
      files: {
        'assets/notes.png': new TextEncoder().encode('These are my notes, not a picture.'),
        'assets/photo.png': await picture(200, 100, 'jpeg'),
        'assets/cut.png': png.subarray(0, Math.floor(png.length / 2)),
        'assets/fine.png': await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } }).png().toBuffer(),
      },
      release: {
        body: ['notes', 'photo', 'cut', 'fine'].map((name) => ({ type: 'image', src: `assets/${name}.png`, alt: `The ${name} picture` })),
      },
    });
    const result = bundled(dir, '--format', 'pdf');
    expect(result.code).toBe(1);
    for (const name of ['notes', 'photo', 'cut']) expect(result.err).toContain(`"assets/${name}.png"`);
    expect(result.err).not.toContain('fine.png');
    expect(result.err).toBe((await inProcess(dir, '--format', 'pdf')).err);
    expect(await readdir(dir)).not.toContain('exports');
  });
});
