import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocTree } from '../doc-tree';
import { sampleDocTree, solidPng } from '../testing/sample-doc-tree';
import { readDocx } from '../testing/readers';
import { canPackDirectly } from './pack';
import { renderDocx } from './render-docx';

describe('packing the Word file', () => {
  it('still reaches docx’s compiler (the fast path); if a docx upgrade moved it, pack.ts falls back and this says so', () => {
    expect(canPackDirectly()).toBe(true);
  });

  it('stores pictures as they are and deflates the XML parts (read with Python’s zipfile)', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-pack-')), 'sample.docx');
    await writeFile(path, await renderDocx(await sampleDocTree()));
    const listing = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.compress_type, i.filename)', path],
      { encoding: 'utf8' },
    );
    expect(listing.status, listing.stderr).toBe(0);
    const entries = listing.stdout.trim().split('\n').map((line) => line.split(' ') as [string, string]);
    const media = entries.filter(([, name]) => name.startsWith('word/media/'));
    expect(media.length).toBeGreaterThan(0);
    for (const [method] of media) expect(method).toBe('0'); // ZIP_STORED
    expect(entries.find(([, name]) => name === 'word/document.xml')?.[0]).toBe('8'); // ZIP_DEFLATED
  });

  it('puts each picture in the package byte for byte, once however often it is shown', async () => {
    const photo = await solidPng(300, 200, '#aa3300');
    const other = await solidPng(120, 80, '#0033aa');
    const tree: DocTree = {
      ...(await sampleDocTree({ logo: false })),
      blocks: [
        { kind: 'image', image: photo, alt: 'First showing', decorative: false },
        { kind: 'image', image: other, alt: 'Another picture', decorative: false },
        { kind: 'image', image: photo, alt: 'Second showing', decorative: false },
      ],
    };
    const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-media-')), 'media.docx');
    await writeFile(path, await renderDocx(tree));
    const media = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys, zipfile, hashlib\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist():\n  if n.startswith("word/media/"): print(hashlib.sha256(z.read(n)).hexdigest())', path],
      { encoding: 'utf8' },
    );
    expect(media.status, media.stderr).toBe(0);
    const sha256 = async (bytes: Uint8Array) =>
      Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(media.stdout.trim().split('\n').sort()).toEqual([await sha256(photo.bytes), await sha256(other.bytes)].sort());
  });
});

describe('styles and theme formatted once per theme (theme-parts.ts)', () => {
  const partOf = async (tree: DocTree, part: string): Promise<string> => {
    const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-theme-')), 'themed.docx');
    await writeFile(path, await renderDocx(tree));
    const read = spawnSync('/usr/bin/python3', ['-c', 'import sys, zipfile\nsys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())', path, part], {
      encoding: 'utf8',
    });
    expect(read.status, read.stderr).toBe(0);
    return read.stdout;
  };
  const themed = async (primary: string, heading: string): Promise<DocTree> => {
    const tree = await sampleDocTree();
    return { ...tree, theme: { ...tree.theme, colours: { ...tree.theme.colours, primary }, fonts: { ...tree.theme.fonts, heading } } };
  };

  it('gives each theme its own colours and fonts, and the same theme the same parts again', async () => {
    const navy = await themed('#003366', 'Arial');
    const green = await themed('#0b6e4f', 'Verdana');
    const navyStyles = await partOf(navy, 'word/styles.xml');
    const greenStyles = await partOf(green, 'word/styles.xml');
    expect(navyStyles).toContain('w:color w:val="003366"');
    expect(greenStyles).toContain('w:color w:val="0B6E4F"');
    expect(greenStyles).not.toContain('w:color w:val="003366"');
    expect(await partOf(green, 'word/theme/theme1.xml')).toContain('typeface="Verdana"');
    expect(await partOf(navy, 'word/theme/theme1.xml')).not.toContain('typeface="Verdana"');
    expect(await partOf(navy, 'word/styles.xml')).toBe(navyStyles);
  });
});

describe('packing with a DEFLATE of the caller’s (the export pipeline passes Node’s zlib)', () => {
  it('writes a package Python’s zipfile reads whole, every CRC checked, pictures stored and XML deflated', async () => {
    const { crc32, deflateRawSync } = await import('node:zlib');
    let calls = 0;
    let checksummed = 0;
    const bytes = await renderDocx(await sampleDocTree(), {
      deflateRaw: (data) => {
        calls += 1;
        return new Uint8Array(deflateRawSync(data));
      },
      // Node's CRC-32 in place of fflate's: testzip below checks every entry's CRC against its contents.
      crc32: (data, previous) => {
        checksummed += 1;
        return crc32(data, previous);
      },
    });
    const path = join(await mkdtemp(join(tmpdir(), 'pressdesk-zlib-')), 'zlib.docx');
    await writeFile(path, bytes);
    // testzip() reads every entry and checks its CRC; it prints None when all are good.
    const listing = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nprint(z.testzip())\nfor i in z.infolist(): print(i.compress_type, i.filename)', path],
      { encoding: 'utf8' },
    );
    expect(listing.status, listing.stderr).toBe(0);
    const [verdict, ...lines] = listing.stdout.trim().split('\n');
    expect(verdict).toBe('None');
    const entries = lines.map((line) => line.split(' ') as [string, string]);
    expect(entries.filter(([, name]) => name.startsWith('word/media/')).every(([method]) => method === '0')).toBe(true);
    expect(entries.find(([, name]) => name === 'word/document.xml')?.[0]).toBe('8');
    expect(calls).toBe(entries.filter(([, name]) => !name.startsWith('word/media/')).length);
    expect(checksummed).toBe(entries.length);
    // And it is the same document: python-docx reads the same paragraphs as from fflate's package.
    const plainPath = join(await mkdtemp(join(tmpdir(), 'pressdesk-zlib-')), 'fflate.docx');
    await writeFile(plainPath, await renderDocx(await sampleDocTree()));
    const [viaZlib, viaFflate] = await Promise.all([readDocx(path), readDocx(plainPath)]);
    expect(viaZlib.paragraphs).toEqual(viaFflate.paragraphs);
  });
});
