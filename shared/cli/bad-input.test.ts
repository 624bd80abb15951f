import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from './export-command';
import { readDocx } from '../testing/readers';
import { picture, writeProject } from '../export/fixtures.test-helper';

/**
 * Every bad input named in the core issue, through the command a person runs: each gets a clear
 * message (or is quietly made usable), exits with the right status, and loses nothing.
 */

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await runExportCommand(argv, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { code, text: lines.join('\n') };
}

const withImage = (src: string, bytes?: Uint8Array) =>
  writeProject({
    files: bytes ? { [src]: bytes } : {},
    release: { body: [{ type: 'paragraph', text: 'Intro.' }, { type: 'image', src, alt: 'A picture' }] },
  });

/** The pictures inside an exported DOCX, as ImageMagick's identify reports them. */
async function embeddedPictures(docx: string): Promise<{ name: string; info: string }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-unzip-'));
  const unzip = spawnSync('/usr/bin/python3', ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])', docx, dir]);
  expect(unzip.status).toBe(0);
  const media = join(dir, 'word', 'media');
  return (await readdir(media)).map((name) => ({
    name,
    info: spawnSync('identify', ['-format', '%m %wx%h %[colorspace] depth=%z interlace=%[interlace]', join(media, name)], { encoding: 'utf8' }).stdout,
  }));
}

describe('bad pictures', () => {
  it('a missing picture: exit 1, names the file and what to do', async () => {
    const dir = await withImage('assets/harbour.png');
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/"assets\/harbour\.png" is missing from the project's assets folder; add the file or choose another/);
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });

  it('a file that is not a picture: exit 1', async () => {
    const result = await run(await withImage('assets/notes.png', new TextEncoder().encode('These are my notes, not a picture.')));
    expect(result.code).toBe(1);
    expect(result.text).toContain('assets/notes.png');
    expect(result.text).toMatch(/not a picture|not an image|cannot be read|not a PNG/i);
  });

  it('a JPEG named .png: exit 1, says what the file really is', async () => {
    const result = await run(await withImage('assets/photo.png', await picture(200, 100, 'jpeg')));
    expect(result.code).toBe(1);
    expect(result.text).toContain('assets/photo.png');
    expect(result.text).toMatch(/JPEG/);
  });

  it('a truncated PNG: exit 1 promptly, never a hang', async () => {
    const whole = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#884422' } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const started = performance.now();
    const result = await run(await withImage('assets/cut.png', whole.subarray(0, Math.floor(whole.length / 2))));
    expect(result.code).toBe(1);
    expect(result.text).toContain('"assets/cut.png" is cut short');
    // Found by reading the file, not by running into the 10-second time limit.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('16-bit and interlaced PNGs and a CMYK JPEG are normalised to 8-bit sRGB baseline pictures', async () => {
    // Three different pictures: Word files store identical pictures once.
    const base = (background: string) => sharp({ create: { width: 300, height: 200, channels: 3, background } });
    const sixteenBit = await base('#2266aa').toColourspace('rgb16').png().toBuffer();
    const interlaced = await base('#aa6622').png({ progressive: true }).toBuffer();
    const cmyk = await base('#22aa66').toColourspace('cmyk').jpeg().toBuffer();
    expect((await sharp(sixteenBit).metadata()).depth).toBe('ushort');
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk');
    const dir = await writeProject({
      files: { 'assets/deep.png': sixteenBit, 'assets/interlaced.png': interlaced, 'assets/print.jpg': cmyk },
      release: {
        body: [
          { type: 'image', src: 'assets/deep.png', alt: 'Sixteen-bit' },
          { type: 'image', src: 'assets/interlaced.png', alt: 'Interlaced' },
          { type: 'image', src: 'assets/print.jpg', alt: 'CMYK' },
        ],
      },
    });
    const result = await run(dir);
    expect(result.code, result.text).toBe(0);
    const pictures = await embeddedPictures(join(dir, 'exports', 'test-release.docx'));
    expect(pictures).toHaveLength(3);
    for (const { info } of pictures) {
      expect(info).toMatch(/sRGB depth=8 interlace=None/);
    }
    const docx = await readDocx(join(dir, 'exports', 'test-release.docx'));
    expect(docx.images.map((image) => image.description).sort()).toEqual(['CMYK', 'Interlaced', 'Sixteen-bit']);
  });

  it('a 10000×8000 photo is downscaled to print size with whole-pixel dimensions', async () => {
    const huge = await sharp({ create: { width: 10000, height: 8000, channels: 3, background: '#557799' } }).jpeg().toBuffer();
    const dir = await withImage('assets/huge.jpg', huge);
    const result = await run(dir);
    expect(result.code, result.text).toBe(0);
    const [embedded] = await embeddedPictures(join(dir, 'exports', 'test-release.docx'));
    expect(embedded?.info).toMatch(/^JPEG 2000x1600 /);
  });

  it('a picture path that leaves the project folder is refused: .., absolute, or a symlink out', async () => {
    const outside = join(await mkdtemp(join(tmpdir(), 'pressdesk-outside-')), 'secret.png');
    await writeFile(outside, await picture());
    for (const src of ['assets/../../secret.png', outside, 'C:/Users/me/secret.png']) {
      const result = await run(await withImage(src));
      expect(result.code, src).toBe(1);
      expect(result.text).toContain("inside the project's assets folder");
    }
    const dir = await withImage('assets/linked.png');
    await symlink(outside, join(dir, 'assets', 'linked.png'));
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.text).toContain('"assets/linked.png" is not inside the project folder');
  });
});

describe('an SVG logo', () => {
  const brand = (logo: string) => ({ brand: { name: 'Aberhaven Council', logo, colours: { primary: '#005a70', accent: '#d4351c', text: '#0b0c0c' } } });

  it('is drawn into both formats when it is a plain drawing', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    const dir = await writeProject({ files: { 'assets/logo.svg': svg }, project: brand('assets/logo.svg') });
    const result = await run(dir, '--format', 'both');
    expect(result.code, result.text).toBe(0);
  });

  it('with a script or an outside reference is refused, saying why and what to do, and nothing is written', async () => {
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><script>alert(1)</script><image xlink:href="https://example.com/x.png"/></svg>',
    );
    const dir = await writeProject({ files: { 'assets/logo.svg': svg }, project: brand('assets/logo.svg') });
    const result = await run(dir, '--format', 'both');
    expect(result.code).toBe(1);
    expect(result.text).toContain('the logo "assets/logo.svg" cannot be used, because it');
    expect(result.text).toContain('script');
    expect(result.text).toContain('Nothing from it was put into the documents');
    await expect(readdir(join(dir, 'exports'))).rejects.toThrow();
  });
});

describe('bad text', () => {
  it('XML-illegal control characters are stripped, and Word and LibreOffice readers open the file', async () => {
    const dir = await writeProject({
      release: {
        headline: 'Bell\u0007 and form feed\u000c in a headline',
        body: [{ type: 'paragraph', text: 'Pasted\u0001 from\u001b another \uFFFEprogram.' }],
      },
    });
    const result = await run(dir);
    expect(result.code, result.text).toBe(0);
    const docx = await readDocx(join(dir, 'exports', 'test-release.docx'));
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('Bell and form feed in a headline');
    expect(texts).toContain('Pasted from another program.');
  });
});

describe('bad project.json', () => {
  const damage: Record<string, Uint8Array> = {
    corrupt: new TextEncoder().encode('{"format": "pressdesk/project", "version": 1, "id": '),
    empty: new Uint8Array(0),
    'NUL-filled': new Uint8Array(4096),
  };

  for (const [kind, bytes] of Object.entries(damage)) {
    it(`a ${kind} project.json is kept aside and the backup restored, with a message that says so`, async () => {
      const dir = await writeProject();
      const good = await readFile(join(dir, 'project.json'));
      await writeFile(join(dir, 'project.json.bak'), good);
      await writeFile(join(dir, 'project.json'), bytes);
      const result = await run(dir);
      expect(result.code, result.text).toBe(0);
      expect(result.text).toMatch(/backup/i);
      const kept = (await readdir(dir)).filter((name) => name.startsWith('project.corrupt'));
      expect(kept).toHaveLength(1);
      expect(result.text).toContain(kept[0]!);
      expect(await readFile(join(dir, kept[0]!))).toEqual(Buffer.from(bytes));
      expect(JSON.parse(await readFile(join(dir, 'project.json'), 'utf8'))).toEqual(JSON.parse(good.toString('utf8')));
    });
  }

  it('a damaged project.json with no backup: exit 1, the file kept aside, what to do', async () => {
    const dir = await writeProject();
    await writeFile(join(dir, 'project.json'), '');
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/no backup/i);
    expect((await readdir(dir)).some((name) => name.startsWith('project.corrupt'))).toBe(true);
  });

  it('a project.json from a newer version is refused and left untouched', async () => {
    const dir = await writeProject({ project: { version: 2 } });
    const before = await readFile(join(dir, 'project.json'));
    const result = await run(dir);
    expect(result.code).toBe(1);
    expect(result.text).toContain('format version 2');
    expect(result.text).toContain('Update Pressdesk');
    expect(await readFile(join(dir, 'project.json'))).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['assets', 'project.json']);
  });
});
