import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PressdeskError } from '../errors';
import { ImageWorker } from './image-worker';
import { normaliseImage, type NormaliseImageOptions } from './normalise-image';

/**
 * The picture worker the command line uses, run from its real program bundled as scripts/build-cli.mjs bundles it:
 * every picture, and every problem, must come out as normaliseImage gives it on the main thread.
 */

let dir: string;
let script: string;
let worker: ImageWorker;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-image-worker-'));
  script = join(dir, 'pressdesk-images.bundle.cjs');
  await build({ entryPoints: [resolve('shared/images/image-worker-main.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', external: ['sharp'], logLevel: 'error', define: { 'import.meta.url': '__url' }, banner: { js: `const __url = require('node:url').pathToFileURL(${JSON.stringify(resolve('shared/images/sharp.ts'))}).href;` } });
  worker = new ImageWorker(script);
});

afterAll(async () => {
  worker.close();
  await rm(dir, { recursive: true, force: true });
});

const options = (name: string): NormaliseImageOptions => ({ name, project: 'harbour-wall' });

/** What happens to a picture: the picture's size and bytes, or the error's class name and message. */
const outcome = (work: Promise<{ bytes: Uint8Array; format: string; widthPx: number; heightPx: number }>) =>
  work.then(
    (image) => ({ format: image.format, widthPx: image.widthPx, heightPx: image.heightPx, bytes: Buffer.from(image.bytes).toString('base64') }),
    (error: Error) => ({ error: error.name, message: error.message, forTheUser: error instanceof PressdeskError }),
  );

describe('ImageWorker', () => {
  it('gives the same picture as normaliseImage: a photo scaled to print size, a PNG with transparency kept', async () => {
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const logo = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 200, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
    for (const [name, bytes] of [['assets/photo.jpg', photo], ['assets/logo.png', logo]] as const) {
      const here = await outcome(normaliseImage(bytes, options(name)));
      expect(await outcome(worker.normalise(bytes, options(name))), name).toEqual(here);
    }
    expect((await worker.normalise(photo, options('assets/photo.jpg'))).widthPx).toBe(2000);
  });

  it('gives every problem as normaliseImage words it, as an error written for the user', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } }).png().toBuffer();
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const cases: [string, Uint8Array][] = [
      ['assets/notes.png', new TextEncoder().encode('These are my notes, not a picture.')],
      ['assets/photo.png', jpeg],
      ['assets/cut.png', png.subarray(0, Math.floor(png.length / 2))],
      ['assets/empty.jpg', new Uint8Array(0)],
    ];
    for (const [name, bytes] of cases) {
      const here = await outcome(normaliseImage(bytes, options(name)));
      expect(here, name).toMatchObject({ forTheUser: true });
      expect(await outcome(worker.normalise(bytes, options(name))), name).toEqual(here);
    }
  });

  it('works on several pictures at once, each answer going to its own request', async () => {
    const sizes = [120, 340, 560, 780];
    const pictures = await Promise.all(sizes.map((width) => sharp({ create: { width, height: 50, channels: 3, background: '#102030' } }).png().toBuffer()));
    const done = await Promise.all(pictures.map((bytes, index) => worker.normalise(bytes, options(`assets/${index}.png`))));
    expect(done.map((image) => image.widthPx)).toEqual(sizes);
  });

  it('fails every waiting and later picture, saying so, when its thread stops', async () => {
    const stopping = join(dir, 'stops.cjs');
    await writeFile(stopping, "require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n");
    const broken = new ImageWorker(stopping);
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer();
    await expect(broken.normalise(png, options('assets/a.png'))).rejects.toThrow('The picture worker stopped (exit code 3).');
    await expect(broken.normalise(png, options('assets/b.png'))).rejects.toThrow('The picture worker stopped (exit code 3).');
    broken.close();
  });

  it('once closed, refuses new pictures', async () => {
    const closing = new ImageWorker(script);
    closing.close();
    await expect(closing.normalise(new Uint8Array(1), options('assets/x.png'))).rejects.toThrow('The picture worker was closed.');
  });
});
