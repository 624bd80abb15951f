import { formatProblem } from '../model';
import { deletePerson, listPeople, savePerson } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';

/**
 * The workspace's directory of people. Entries in people.json that break the schema are kept in the file, left out
 * of the list and reported as problems, so the People screen can say what to fix.
 */
export function peopleHandlers(context: HostContext): Pick<Handlers, 'people:list' | 'people:save' | 'people:delete'> {
  return {
    async 'people:list'() {
      const { people, problems } = await listPeople(await context.workspace());
      return { people, problems: problems.map(formatProblem) };
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
