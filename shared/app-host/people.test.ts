import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

describe('people:*', () => {
  it('upserts by id, deletes, and lists past entries it cannot use', async () => {
    const { call, refusal, workspace } = await testHost();
    expect(await call('people:list', {})).toEqual({ people: [], problems: [] });
    await writeFile(path.join(workspace, 'people.json'), JSON.stringify({ people: [{ id: 'x' }] }));
    await call('people:save', { person: { id: 'p1', name: 'Eluned Ŵyn', role: 'Leader' } });
    await call('people:save', { person: { id: 'p1', name: 'Eluned Ŵyn', role: 'Cabinet Member for Coast' } });
    const listed = await call('people:list', {});
    expect(listed.people).toEqual([{ id: 'p1', name: 'Eluned Ŵyn', role: 'Cabinet Member for Coast' }]);
    // The entry with no name is kept in the file and reported, with its place.
    expect(listed.problems).toEqual([expect.stringMatching(/^people\[0\].*name/)]);
    expect(await call('people:delete', { id: 'p1' })).toEqual({ ok: true });
    expect((await call('people:list', {})).people).toEqual([]);
    expect(await refusal('people:save', { person: { id: 'p2' } })).toContain('malformed request');
  });
});
