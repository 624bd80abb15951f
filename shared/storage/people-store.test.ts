import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkspaceMissingError } from './errors';
import { removeTempFolders, tempFolder } from './fixtures.test-helper';
import { deletePerson, listPeople, PEOPLE_FILE, PeopleFileError, savePerson } from './people-store';

afterAll(removeTempFolders);

describe('the people directory', () => {
  it('upserts by id and deletes, keeping entries it cannot use in the file and reporting them', async () => {
    const workspace = await tempFolder();
    const file = path.join(workspace, PEOPLE_FILE);
    await writeFile(file, JSON.stringify({ people: [{ id: 'old', name: '' }], note: 'kept' }));
    await savePerson(workspace, { id: 'p1', name: 'Eluned Ŵyn' });
    await savePerson(workspace, { id: 'p1', name: 'Eluned Ŵyn', role: 'Leader' });
    await savePerson(workspace, { id: 'p2', name: 'Ralph Roberts' });
    await deletePerson(workspace, 'p2');
    const listed = await listPeople(workspace);
    expect(listed.people).toEqual([{ id: 'p1', name: 'Eluned Ŵyn', role: 'Leader' }]);
    expect(listed.problems).toEqual([{ place: 'people[0].name', message: 'the name is empty; fill it in', path: ['people', 0, 'name'] }]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ people: [{ id: 'old', name: '' }, { id: 'p1', name: 'Eluned Ŵyn', role: 'Leader' }], note: 'kept' });
  });

  it('runs concurrent saves one after another, losing none', async () => {
    const workspace = await tempFolder();
    await Promise.all(Array.from({ length: 10 }, (_, index) => savePerson(workspace, { id: `p${index}`, name: `Person ${index}` })));
    expect((await listPeople(workspace)).people).toHaveLength(10);
  });

  it('lists nothing for a damaged file, reporting it, and refuses to write over it', async () => {
    const workspace = await tempFolder();
    await writeFile(path.join(workspace, PEOPLE_FILE), 'garbled');
    const listed = await listPeople(workspace);
    expect(listed.people).toEqual([]);
    expect(listed.problems[0]?.message).toContain('is damaged (its contents are garbled and are not valid JSON). Pressdesk has not changed it');
    await expect(savePerson(workspace, { id: 'p1', name: 'A' })).rejects.toBeInstanceOf(PeopleFileError);
    expect(await readFile(path.join(workspace, PEOPLE_FILE), 'utf8')).toBe('garbled');
  });

  it('never creates a missing workspace', async () => {
    await expect(savePerson(path.join(await tempFolder(), 'gone'), { id: 'p1', name: 'A' })).rejects.toBeInstanceOf(WorkspaceMissingError);
  });
});
