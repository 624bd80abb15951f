import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocTree } from '../doc-tree';
import { sampleDocTree, solidPng } from '../testing/sample-doc-tree';
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
