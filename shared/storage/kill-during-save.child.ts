/*
 * Child process for kill-during-save.test.ts: saves two versions of one project in turn, as fast as it can,
 * until the test kills it. The test bundles this file and runs it with plain node.
 * Usage: node kill-during-save.child.mjs <project folder> <version A json> <version B json>
 */
import { readFile } from 'node:fs/promises';
import type { Project } from '../model';
import { saveProject } from './save-project';

const [dir, fileA, fileB] = process.argv.slice(2);
if (dir === undefined || fileA === undefined || fileB === undefined) {
  throw new Error('usage: kill-during-save.child.mjs <project folder> <version A json> <version B json>');
}
const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Project;
// B first: the project starts as A, so a B on disk shows a save got through before the kill.
const versions = [await read(fileB), await read(fileA)] as const;

process.stdout.write('saving\n');
for (let count = 0; ; count++) await saveProject(dir, versions[count % 2]!);
