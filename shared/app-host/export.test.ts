import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySeed, removeTempFolders, tempFolder, testHost } from './host.test-helper';

afterAll(removeTempFolders);

describe('export:run, export:open, export:show', () => {
  it('exports into the project exports folder and opens only files there', async () => {
    const opened: string[] = [];
    const { call, refusal, workspace } = await testHost({ openPath: async (file) => void opened.push(file) });
    const dir = await copySeed(workspace);
    const { files } = await call('export:run', { name: 'harbour-wall', formats: ['docx'] });
    expect(files).toEqual([{ format: 'docx', path: expect.stringContaining(path.join(dir, 'exports')), bytes: expect.any(Number) }]);
    const file = files[0]?.path ?? '';
    expect(await call('export:open', { path: file })).toEqual({ ok: true });
    expect(opened).toHaveLength(1);
    expect(await refusal('export:open', { path: path.join(dir, 'project.json') })).toContain("Pressdesk only opens files it exported, from a project's exports folder");
    expect(await refusal('export:open', { path: path.join(dir, 'exports', '..', 'project.json') })).toContain('Pressdesk only opens files it exported');
    await writeFile(path.join(workspace, 'elsewhere.docx'), 'x');
    expect(await refusal('export:show', { path: path.join(workspace, 'elsewhere.docx') })).toContain('Pressdesk only opens files it exported');
    expect(await refusal('export:open', { path: '' })).toContain('malformed request');
  });

  it('says the desktop app is needed when the host cannot open files', async () => {
    const { call, refusal, workspace } = await testHost();
    await copySeed(workspace);
    const { files } = await call('export:run', { name: 'harbour-wall', formats: ['docx'] });
    const file = files[0]?.path ?? '';
    expect(await refusal('export:show', { path: file })).toBe(`Opening files needs the desktop app; the file is saved at ${file}.`);
  });

  it('exports to a folder the user chooses with the system dialog, opens files there, and does nothing when cancelled', async () => {
    const chosen = await tempFolder();
    let answer: string | null = chosen;
    const asked: string[] = [];
    const opened: string[] = [];
    const { call, refusal, workspace } = await testHost({
      chooseFolder: async ({ title }) => (asked.push(title), answer),
      openPath: async (file) => void opened.push(file),
    });
    await copySeed(workspace);
    const { files } = await call('export:run', { name: 'harbour-wall', formats: ['docx', 'pdf'], choosePlace: true });
    expect(asked).toEqual(['Export to which folder?']);
    expect((await readdir(chosen)).sort()).toEqual(files.map((file) => path.basename(file.path)).sort());
    expect(files.map((file) => file.format)).toEqual(['docx', 'pdf']);
    expect(await call('export:open', { path: files[0]?.path ?? '' })).toEqual({ ok: true });
    expect(opened).toHaveLength(1);
    // Another file in the chosen folder was not exported by Pressdesk: refused.
    await writeFile(path.join(chosen, 'notes.docx'), 'x');
    expect(await refusal('export:open', { path: path.join(chosen, 'notes.docx') })).toContain('Pressdesk only opens files it exported');

    answer = null;
    await mkdir(path.join(chosen, 'empty'));
    expect(await call('export:run', { name: 'harbour-wall', formats: ['pdf'], choosePlace: true })).toEqual({
      files: [],
      notices: ['Export cancelled: no folder was chosen.'],
    });
  });

  it('says choosing a place needs the desktop app in the web host', async () => {
    const { refusal, workspace } = await testHost();
    await copySeed(workspace);
    expect(await refusal('export:run', { name: 'harbour-wall', formats: ['pdf'], choosePlace: true })).toMatch(/needs the desktop app/);
  });
});
