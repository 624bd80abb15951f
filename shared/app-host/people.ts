import { deletePerson, listPeople, savePerson } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';

/**
 * The workspace's directory of people. Entries in people.json that break the schema are kept in the file and left
 * out of the list (the contract has no field to report them in yet; see listPeople's `problems`).
 */
export function peopleHandlers(context: HostContext): Pick<Handlers, 'people:list' | 'people:save' | 'people:delete'> {
  return {
    async 'people:list'() {
      return { people: (await listPeople(await context.workspace())).people };
    },
    async 'people:save'({ person }) {
      return { person: await savePerson(await context.workspace(), person) };
    },
    async 'people:delete'({ id }) {
      await deletePerson(await context.workspace(), id);
      return { ok: true as const };
    },
  };
}
