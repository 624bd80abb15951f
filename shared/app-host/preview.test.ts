import { afterAll, describe, expect, it } from 'vitest';
import type { ProjectDraft } from '../ipc';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

type Draft = ProjectDraft & { people: { id: string; name: string }[]; release: { headline: string; body: Record<string, unknown>[] } };

describe('project:preview', () => {
  it('previews the seed with pictures as URLs, and a half-typed draft with what was left out', async () => {
    const { call, workspace } = await testHost();
    await copySeed(workspace);
    const project = (await call('project:open', { name: 'harbour-wall' })).project as Draft;

    const full = await call('project:preview', { name: 'harbour-wall', project });
    expect(full.leftOut).toEqual([]);
    const images = full.blocks.filter((block) => block.kind === 'image');
    expect(images.length).toBeGreaterThan(0);
    for (const block of images) expect(block.image.url).toMatch(/^app:\/\/project\/harbour-wall\/assets\//);

    const typing = structuredClone(project);
    typing.release.headline = '';
    typing.release.body.push({ type: 'quote', speakers: [], paragraphs: ['Half a thought'] });
    typing.people.push({ id: '', name: '' });
    const started = performance.now();
    const partial = await call('project:preview', { name: 'harbour-wall', project: typing });
    const elapsed = performance.now() - started;
    expect(partial.title).toBe('Headline');
    expect(partial.blocks.find((block) => block.kind === 'heading')).toMatchObject({ runs: [{ text: 'Headline' }] });
    expect(partial.leftOut.join('\n')).toContain('The headline: the headline is empty');
    expect(partial.leftOut.join('\n')).toContain('Left out of the preview: release.body');
    expect(partial.leftOut.join('\n')).toContain('Left out of the preview: people');
    expect(partial.blocks.filter((block) => block.kind === 'image')).toHaveLength(images.length);
    console.info(`preview refresh of the seed with pictures cached: ${elapsed.toFixed(1)} ms`);
  });

  it('leaves out a picture that cannot be loaded, saying why', async () => {
    const { call, workspace } = await testHost();
    await copySeed(workspace);
    const project = (await call('project:open', { name: 'harbour-wall' })).project as Draft;
    project.release.body.push({ type: 'image', src: 'assets/missing.png', alt: 'Nothing' });
    const preview = await call('project:preview', { name: 'harbour-wall', project });
    expect(preview.leftOut).toEqual([expect.stringContaining('the picture "assets/missing.png" is missing')]);
  });

  it('says a briefing pack cannot be previewed yet', async () => {
    const { call, workspace } = await testHost();
    await copySeed(workspace);
    const project = (await call('project:open', { name: 'harbour-wall' })).project;
    const preview = await call('project:preview', { name: 'harbour-wall', project: { ...project, kind: 'pack' } });
    expect(preview.blocks).toEqual([]);
    expect(preview.leftOut[0]).toContain('Briefing packs cannot be previewed yet');
  });
});
