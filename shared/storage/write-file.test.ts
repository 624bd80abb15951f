import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileWriteError } from './errors';
import { filesIn, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { writeFileDurably } from './write-file';

afterAll(removeTempFolders);

describe('writeFileDurably', () => {
  it('creates the folder, replaces an earlier file whole, and leaves no temp file', async () => {
    const exports = path.join(await tempFolder(), 'harbour-wall', 'exports');
    const file = path.join(exports, 'harbour-wall.docx');

    await writeFileDurably(file, new Uint8Array([1, 2, 3]), { project: 'harbour-wall' });
    await writeFileDurably(file, new Uint8Array([4, 5]), { project: 'harbour-wall' });

    expect([...(await readFile(file))]).toEqual([4, 5]);
    expect(await filesIn(exports)).toEqual(['harbour-wall.docx']);
  });

  it('names the project and the file when it cannot write', async () => {
    const folder = await tempFolder();
    const blocker = path.join(folder, 'exports');
    await writeFile(blocker, 'a file where the folder should be');
    const file = path.join(blocker, 'harbour-wall.docx');

    const error = await writeFileDurably(file, 'x', { project: 'harbour-wall' }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toMatch(/^harbour-wall: .*harbour-wall\.docx could not be written because /);
  });
});
