import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImageData } from '../doc-tree';
import { PressdeskError } from '../errors';
import { writeProject } from './fixtures.test-helper';
import { loadPicture } from './load-picture';
import { ExportWorker } from './export-worker';

/**
 * The export worker the command line uses, run from its real program as scripts/build-cli.mjs bundles it: every
 * picture, and every problem, must come out as loadPicture gives it on the main thread, and compressed bytes as
 * Node's deflateSync gives them.
 */

let dir: string;
let script: string;
let worker: ExportWorker;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-export-worker-'));
  // The command line's own build (out/cli/, made by the tests' global set-up), as the command starts it.
  script = resolve('out/cli/pressdesk-worker.bundle.cjs');
  worker = new ExportWorker(script);
});

afterAll(async () => {
  worker.close();
  await rm(dir, { recursive: true, force: true });
});

const rgb = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#336699' } });

/** What happens to a picture: its size and bytes, or the error's class name and message. */
const outcome = (work: Promise<ImageData>) =>
  work.then(
    (image) => ({ format: image.format, widthPx: image.widthPx, heightPx: image.heightPx, bytes: Buffer.from(image.bytes).toString('base64') }),
    (error: Error) => ({ error: error.name, message: error.message, forTheUser: error instanceof PressdeskError }),
  );

describe('ExportWorker', () => {
  it('gives the same picture as loadPicture: a photo scaled to print size, a PNG with transparency kept', async () => {
    const project = await writeProject({
      files: {
        'assets/photo.jpg': await rgb(3000, 2000).jpeg().toBuffer(),
        'assets/logo.png': await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer(),
      },
    });
    for (const src of ['assets/photo.jpg', 'assets/logo.png']) {
      expect(await outcome(worker.load(project, src, 'harbour-wall')), src).toEqual(await outcome(loadPicture(project, src, 'harbour-wall')));
    }
    expect((await worker.load(project, 'assets/photo.jpg', 'harbour-wall')).widthPx).toBe(2000);
  });

  it('gives every problem as loadPicture words it, as an error written for the user', async () => {
    const png = await rgb(400, 300).png().toBuffer();
    const project = await writeProject({
      files: {
        'assets/notes.png': new TextEncoder().encode('These are my notes, not a picture.'),
        'assets/photo.png': await rgb(400, 300).jpeg().toBuffer(),
        'assets/cut.png': png.subarray(0, Math.floor(png.length / 2)),
        'assets/empty.jpg': new Uint8Array(0),
      },
    });
    const outside = join(dir, 'outside.png');
    await writeFile(outside, png);
    await symlink(outside, join(project, 'assets', 'link.png'));
    for (const src of ['assets/notes.png', 'assets/photo.png', 'assets/cut.png', 'assets/empty.jpg', 'assets/missing.png', '../outside.png', 'assets/link.png']) {
      const here = await outcome(loadPicture(project, src, 'harbour-wall'));
      expect(here, src).toMatchObject({ forTheUser: true });
      expect(await outcome(worker.load(project, src, 'harbour-wall')), src).toEqual(here);
    }
  });

  it('works on several pictures at once, each answer going to its own request', async () => {
    const sizes = [120, 340, 560, 780];
    const files = Object.fromEntries(await Promise.all(sizes.map(async (width) => [`assets/${width}.png`, await rgb(width, 50).png().toBuffer()] as const)));
    const project = await writeProject({ files });
    const done = await Promise.all(sizes.map((width) => worker.load(project, `assets/${width}.png`, 'harbour-wall')));
    expect(done.map((image) => image.widthPx)).toEqual(sizes);
  });

  it('fails every waiting and later picture, saying so, when its thread stops', async () => {
    const stopping = join(dir, 'stops.cjs');
    await writeFile(stopping, "require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n");
    const broken = new ExportWorker(stopping);
    await expect(broken.load(dir, 'assets/a.png', 'harbour-wall')).rejects.toThrow('The export worker stopped (exit code 3).');
    await expect(broken.load(dir, 'assets/b.png', 'harbour-wall')).rejects.toThrow('The export worker stopped (exit code 3).');
    broken.close();
  });

  it('compresses bytes as deflateSync does, pages at once, each answer going to its own request, the bytes given kept', async () => {
    const pages = [0, 1, 17, 4000, 100_000].map((length, page) => Uint8Array.from({ length }, (_, index) => (index * (page + 7)) % 251));
    const compressed = await Promise.all(pages.map((bytes) => worker.deflate(bytes)));
    expect(compressed.map((bytes) => Buffer.from(bytes).toString('base64'))).toEqual(pages.map((bytes) => deflateSync(bytes).toString('base64')));
    expect(compressed.map((bytes) => inflateSync(bytes).equals(Buffer.from(pages[compressed.indexOf(bytes)]!)))).toEqual(pages.map(() => true));
    expect(pages.map((bytes) => bytes.byteLength)).toEqual([0, 1, 17, 4000, 100_000]); // copied over, not moved
  });

  it('once closed, refuses new pictures and bytes to compress', async () => {
    const closing = new ExportWorker(script);
    closing.close();
    await expect(closing.load(dir, 'assets/x.png', 'harbour-wall')).rejects.toThrow('The export worker was closed.');
    await expect(closing.deflate(new Uint8Array(3))).rejects.toThrow('The export worker was closed.');
  });
});
