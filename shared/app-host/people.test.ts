import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

describe('people:*', () => {
  it('upserts by id, deletes, and lists past entries it cannot use', async () => {
    const { call, refusal, workspace } = await testHost();
    expect(await call('people:list', {})).toEqual({ people: [] });
    await writeFile(path.join(workspace, 'people.json'), JSON.stringify({ people: [{ id: 'x' }] }));
    await call('people:save', { person: { id: 'p1', name: 'Eluned Ŵyn', role: 'Leader' } });
    await call('people:save', { person: { id: 'p1', name: 'Eluned Ŵyn', role: 'Cabinet Member for Coast' } });
    expect(await call('people:list', {})).toEqual({ people: [{ id: 'p1', name: 'Eluned Ŵyn', role: 'Cabinet Member for Coast' }] });
    expect(await call('people:delete', { id: 'p1' })).toEqual({ ok: true });
    expect(await call('people:list', {})).toEqual({ people: [] });
    expect(await refusal('people:save', { person: { id: 'p2' } })).toContain('malformed request');
  });
});
