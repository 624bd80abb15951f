import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Project } from '../model';
import { isProjectTempFile } from './durable-write';
import { projectFolder, release, removeTempFolders, tempFolder } from './fixtures.test-helper';
import { openProject } from './open-project';

afterAll(removeTempFolders);

const KILLS = 200;
const MAX_DELAY_MS = 40;
/** Projects killed side by side, each in its own folder: starting node is most of the cost of a kill. */
const LANES = Math.min(4, Math.max(2, availableParallelism()));

/**
 * A release of a few hundred KB, so writing it takes a while. Made of a few long paragraphs rather than many
 * short ones: checking the model costs per element, writing costs per byte, and the writes are what we kill.
 */
function bigRelease(version: string): Project {
  const project = release(`Version ${version}: harbour wall repairs`);
  const sentence =
    `Version ${version}: the contractor has replaced the damaged coping stones along the outer wall, repointed the ` +
    'inner face and reset the steps, with Welsh ŵ ŷ and Gaelic à è ì ò ù along the way. ';
  const body = Array.from({ length: 40 }, (_, index) => ({
    type: 'paragraph' as const,
    text: `Paragraph ${index + 1}. ${sentence.repeat(40)}`,
  }));
  return { ...project, release: { ...project.release!, body } };
}

const versions = { A: bigRelease('A'), B: bigRelease('B') };
const releaseText = { A: JSON.stringify(versions.A.release), B: JSON.stringify(versions.B.release) };

/** Which version a file holds, or an error that says what the kill left behind. */
async function versionIn(file: string, context: string): Promise<'A' | 'B'> {
  const text = await readFile(file, 'utf8');
  let parsed: Project;
  try {
    parsed = JSON.parse(text) as Project;
  } catch {
    throw new Error(`${context}: ${path.basename(file)} is not whole JSON (${text.length} characters: ${JSON.stringify(text.slice(0, 40))}…)`);
  }
  const found = JSON.stringify(parsed.release);
  if (found === releaseText.A) return 'A';
  if (found === releaseText.B) return 'B';
  throw new Error(`${context}: ${path.basename(file)} is neither version A nor version B`);
}

let bundle: string;
let versionFiles: readonly [string, string];
beforeAll(async () => {
  const scratch = await tempFolder();
  // Bundled once with its dependencies, so each of the hundreds of child processes loads one file.
  bundle = path.join(scratch, 'kill-during-save.child.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./kill-during-save.child.ts', import.meta.url))],
    outfile: bundle,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  versionFiles = [path.join(scratch, 'a.json'), path.join(scratch, 'b.json')];
  await writeFile(versionFiles[0], JSON.stringify(versions.A));
  await writeFile(versionFiles[1], JSON.stringify(versions.B));
});

/** Starts a process saving A and B in turn into `dir`, kills it 0–40 ms after it starts, `kills` times. */
async function killSavesIn(dir: string, lane: number, kills: number): Promise<Record<'A' | 'B', number>> {
  const seen = { A: 0, B: 0 };
  for (let kill = 1; kill <= kills; kill++) {
    const child = spawn(process.execPath, [bundle, dir, ...versionFiles], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('saving') && resolve());
      void exited.then(() => reject(new Error(`the saving process stopped by itself: ${stderr}`)));
    });
    const delay = Math.floor(Math.random() * (MAX_DELAY_MS + 1));
    await sleep(delay);
    child.kill('SIGKILL');
    const [code, signal] = await exited;
    expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGKILL', stderr: '' });

    const context = `lane ${lane}, kill ${kill}, ${delay} ms into saving`;
    seen[await versionIn(path.join(dir, 'project.json'), context)]++;
    // The backup is written the same way and must be just as whole (it is absent only until the first save gets that far).
    if ((await readdir(dir)).includes('project.json.bak')) await versionIn(path.join(dir, 'project.json.bak'), context);
  }
  return seen;
}

it(`leaves project.json whole, as version A or B, however a save is killed (${KILLS} kills)`, async () => {
  const workspace = await tempFolder();
  const dirs = await Promise.all(
    Array.from({ length: LANES }, (_, lane) => projectFolder(workspace, `harbour-wall-${lane + 1}`, versions.A)),
  );
  expect((await readFile(path.join(dirs[0]!, 'project.json'))).byteLength).toBeGreaterThan(300_000);

  const results = await Promise.all(dirs.map((dir, lane) => killSavesIn(dir, lane + 1, Math.ceil(KILLS / LANES))));

  // Both versions turned up, so saves did finish between kills; and temp files were left behind, so kills did
  // land in the middle of writing: the test exercised what it claims to.
  const total = results.reduce((sum, seen) => ({ A: sum.A + seen.A, B: sum.B + seen.B }), { A: 0, B: 0 });
  expect(total.A).toBeGreaterThan(0);
  expect(total.B).toBeGreaterThan(0);
  const leftovers = await Promise.all(dirs.map(async (dir) => (await readdir(dir)).filter(isProjectTempFile).length));
  expect(leftovers.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  for (const dir of dirs) expect((await openProject(dir)).notices).toEqual([]);
  // Typically 10–40 s, nearly all of it starting node 200 times; the margin is for a busy CI machine.
}, 180_000);
