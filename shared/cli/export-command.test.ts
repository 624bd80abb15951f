import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { picture, writeProject } from '../export/fixtures.test-helper';
import { pdfToText, readDocx } from '../testing/readers';
import { runExportCommand } from './export-command';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExportCommand(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run export: usage', () => {
  it('exits 2 with the usage when no folder is named', async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.err).toContain('Name the project folder');
    expect(result.err).toContain('Usage: npm run export');
  });

  it('exits 2 on an unknown option or format', async () => {
    expect((await run('x', '--colour')).code).toBe(2);
    const badFormat = await run('x', '--format', 'odt');
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toContain('--format must be docx, pdf or both');
  });


  it('prints help and exits 0', async () => {
    const result = await run('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('--check');
  });
});

describe('npm run export: a project', () => {
  it('writes <out>/<slug>.docx and says where', async () => {
    const dir = await writeProject();
    const result = await run(dir);
    expect(result.code).toBe(0);
    const path = join(dir, 'exports', 'test-release.docx');
    expect(result.out).toContain(`Wrote ${path}`);
    const docx = await readDocx(path);
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('New homes for Aberhaven');
  });

  it('--format both writes the Word file and the PDF from the same project', async () => {
    const dir = await writeProject();
    const result = await run(dir, '--format', 'both');
    expect(result.code, result.err).toBe(0);
    expect((await readdir(join(dir, 'exports'))).sort()).toEqual(['test-release.docx', 'test-release.pdf']);
    expect(await pdfToText(join(dir, 'exports', 'test-release.pdf'))).toContain('New homes for Aberhaven');
  });

  it('writes to --out when given', async () => {
    const dir = await writeProject();
    const out = join(dir, '..', 'elsewhere');
    expect((await run(dir, '--out', out)).code).toBe(0);
    expect(await readdir(out)).toEqual(['test-release.docx']);
  });

  it('--check validates and writes nothing', async () => {
    const dir = await writeProject();
    const result = await run(dir, '--check');
    expect(result.code).toBe(0);
    expect(result.out).toContain('no problems found');
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });

  it('exits 1 listing every problem, each with its place and what to do', async () => {
    const dir = await writeProject({
      release: {
        headline: '',
        body: [
          { type: 'paragraph', text: 'Fine.' },
          { type: 'image', src: 'assets/harbour.png' },
          { type: 'quote', speakers: ['nobody'], paragraphs: ['Hello.'] },
        ],
      },
    });
    const before = await readFile(join(dir, 'project.json'));
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('test-release: 3 problems stop this project being used');
    expect(result.err).toContain('release.headline: the headline is empty; fill it in');
    expect(result.err).toContain('release.body[1] (image "harbour.png"): alt text is missing; describe the picture, or tick "decorative"');
    expect(result.err).toContain('release.body[2] (quote "Hello.").speakers[0]: the speaker "nobody" is not one of the project\'s people');
    expect(await readFile(join(dir, 'project.json'))).toEqual(before);
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });

  it('exits 1 listing every unusable picture at once', async () => {
    const dir = await writeProject({
      files: { 'assets/fine.png': await picture(), 'assets/not-a-picture.png': new TextEncoder().encode('hello') },
      release: {
        body: [
          { type: 'image', src: 'assets/fine.png', alt: 'Fine' },
          { type: 'image', src: 'assets/missing.png', alt: 'Missing' },
          { type: 'image', src: 'assets/not-a-picture.png', alt: 'Text' },
        ],
      },
    });
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('test-release: 2 files stop this project being exported');
    expect(result.err).toContain('assets/missing.png');
    expect(result.err).toContain('assets/not-a-picture.png');
  });

  it('exits 1 with a clear message when the folder is not a project', async () => {
    const result = await run(join(await writeProject(), 'assets'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('is not a Pressdesk project folder');
  });
});
