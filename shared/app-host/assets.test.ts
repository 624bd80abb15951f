import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

const png = async (): Promise<string> =>
  (await sharp({ create: { width: 4, height: 3, channels: 3, background: '#1d70b8' } }).png().toBuffer()).toString('base64');

describe('assets:import', () => {
  it('writes a picture under a slugified, unique name, with the extension of what it really is', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const base64 = await png();
    expect(await call('assets:import', { name: 'harbour-wall', fileName: 'Harbour Wall (Spring).JPG', base64 })).toEqual({ src: 'assets/harbour-wall-spring.png' });
    expect(await call('assets:import', { name: 'harbour-wall', fileName: 'Harbour Wall (Spring).JPG', base64 })).toEqual({ src: 'assets/harbour-wall-spring-2.png' });
    expect(await readdir(path.join(dir, 'assets'))).toContain('harbour-wall-spring-2.png');
  });

  it('refuses what is not a picture, naming the file and the types that work', async () => {
    const { refusal, workspace } = await testHost();
    await copySeed(workspace);
    const message = await refusal('assets:import', { name: 'harbour-wall', fileName: 'notes.docx', base64: Buffer.from('PK not a picture').toString('base64') });
    expect(message).toBe('harbour-wall: "notes.docx" was not added, because it is not a picture Pressdesk can use. Pictures that work are PNG, JPEG, GIF, WebP or TIFF files.');
  });

  it('refuses a file over 50 MB before decoding it', async () => {
    const { refusal, workspace } = await testHost();
    await copySeed(workspace);
    const message = await refusal('assets:import', { name: 'harbour-wall', fileName: 'huge.tif', base64: 'A'.repeat(67_000_000) });
    expect(message).toContain('"huge.tif" was not added, because it is more than the 50 MB Pressdesk accepts');
  });

  it('refuses a malformed request', async () => {
    const { refusal } = await testHost();
    expect(await refusal('assets:import', { name: 'harbour-wall', fileName: '', base64: '' })).toContain('malformed request');
  });
});
