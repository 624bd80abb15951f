import path from 'node:path';
import { PressdeskError } from '../errors';
import { ProjectName, type ProjectRow } from '../ipc';
import { createProject, listBin, listProjects, moveToBin, restoreFromBin } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';
import { copyProject } from './copy-project';

type ProjectsHandlers = Pick<Handlers, 'projects:list' | 'projects:create' | 'projects:delete' | 'projects:bin' | 'projects:restore'>;

export function projectsHandlers(context: HostContext): ProjectsHandlers {
  return {
    async 'projects:list'() {
      const workspace = await context.workspace();
      // A folder whose name the contract cannot carry (a colon, allowed on Linux) cannot be opened by name either.
      const summaries = (await listProjects(workspace)).filter((summary) => ProjectName.safeParse(summary.name).success);
      const rows = summaries.map((summary): ProjectRow => {
        if (!summary.ok) {
          return { name: summary.name, ok: false, title: summary.name, kind: null, status: null, date: null, updatedAt: null, problem: summary.problem };
        }
        const { name, title, kind, status, updatedAt, date } = summary;
        return { name, ok: true, title, kind, status, date, updatedAt, problem: null };
      });
      return { rows };
    },

    async 'projects:create'({ title, kind, copyFrom, pack }) {
      const trimmed = title.trim();
      if (trimmed === '') throw new PressdeskError('Give the new project a title, such as "Harbour wall reopens"; you can change it later.');
      const workspace = await context.workspace();
      const now = context.now();
      if (copyFrom !== undefined) return { name: await copyProject(workspace, copyFrom, trimmed, now) };
      return { name: (await createProject(workspace, { title: trimmed, kind, ...(kind === 'pack' && pack ? { pack } : {}) }, { now: () => now })).name };
    },

    'projects:delete'({ name }) {
      // In the project's lane, so a save already asked for lands before the folder moves.
      return context.lanes.run(name, async () => {
        const dir = await context.projectDir(name);
        return { binName: await moveToBin(path.dirname(dir), name, context.now()) };
      });
    },

    async 'projects:bin'() {
      const rows = await listBin(await context.workspace());
      return { rows: rows.map(({ binName, title, deletedAt }) => ({ binName, title, deletedAt })) };
    },

    async 'projects:restore'({ binName }) {
      return { name: await restoreFromBin(await context.workspace(), binName) };
    },
  };
}
