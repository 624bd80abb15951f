import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_VERSION, ProjectInvalidError, ProjectTooNewError, parseProject } from '../model';
import { PressdeskError } from '../errors';
import { ProjectDraft, type OutputOf, type ProblemData } from '../ipc';
import { applyChanges } from '../ipc/json-changes';
import { openProject, PROJECT_FILE, readDraft, removeDraft, saveProject, writeDraft, DRAFT_FILE } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';
import { createDraftCache } from './draft-cache';
import { draftProblems } from './problems';

type ProjectHandlers = Pick<Handlers, 'project:open' | 'project:save' | 'project:patch' | 'project:check'>;
type SavedDraft = Omit<OutputOf<'project:save'>, 'revision'>;

export function projectHandlers(context: HostContext): ProjectHandlers {
  // The draft each project's editor holds, for project:patch; see draft-cache.ts for why it cannot cause a wrong save.
  const drafts = createDraftCache();
  return {
    // Each call joins its project's lane before its first await, so calls run in the order they arrived.
    'project:open'({ name }) {
      return context.lanes.run(name, async () => {
        const dir = await context.projectDir(name);
        const { project, notices } = await openSaved(dir, context.now);
        const draft = await newerDraft(dir, project, notices, context.now());
        const shown = draft ?? project;
        // A copy: the answer itself may be held, and changed, by a caller in this process.
        const revision = drafts.remember(dir, structuredClone(shown));
        return { name, project: shown, notices, problems: draftProblems(shown, context.now()), revision };
      });
    },

    'project:save'({ name, project }) {
      return context.lanes.run(name, async () => {
        const dir = await context.projectDir(name);
        const saved = await saveDraft(name, dir, project, context.now());
        // The parsed request is the host's own object (each transport delivers a fresh one), so it is kept as it is.
        return { ...saved, revision: drafts.remember(dir, project) };
      });
    },

    'project:patch'({ name, base, changes }) {
      return context.lanes.run(name, async () => {
        const dir = await context.projectDir(name);
        const cached = drafts.get(dir);
        if (cached === undefined || cached.revision !== base) return { stale: true as const };
        const applied = applyChanges(cached.draft, changes);
        if (!applied.ok) throw new PressdeskError(`${name}: Pressdesk could not apply the latest changes (${applied.message}). Your work is still in the editor; try again.`);
        // What project:save's contract checks of a whole draft, so a patch cannot save what a full save would refuse.
        const project = ProjectDraft.safeParse(applied.value);
        if (!project.success) {
          throw new PressdeskError(`${name}: the changes would leave the project without its format, version, id, kind, title or status. Your work is still in the editor; try again.`);
        }
        const saved = await saveDraft(name, dir, project.data, context.now());
        // Only after the save: a failed one leaves our copy at `base`, as the renderer's is, so its retry still fits.
        return { ...saved, revision: drafts.remember(dir, project.data) };
      });
    },

    async 'project:check'({ project }) {
      return { problems: draftProblems(project, context.now()) };
    },
  };
}

/**
 * What project:save does with a whole draft (and project:patch with the draft it rebuilt): a valid project goes to
 * project.json (and the draft file beside it is removed), an invalid one to project.draft.json.
 *
 * It is parsed twice on the way to project.json: here, to choose between the two and to list its problems, and
 * again by storage, which validates exactly the bytes it is about to write. Storage offers no way to hand it a
 * project already checked, and it is not this module's to change.
 */
async function saveDraft(name: string, dir: string, project: ProjectDraft, now: Date): Promise<SavedDraft> {
  const parsed = parseProject(project);
  if (parsed.ok) {
    const saved = await saveProject(dir, parsed.project, { now: () => now });
    await removeDraft(dir);
    return { savedTo: 'project' as const, updatedAt: saved.updatedAt, problems: draftProblems(saved, now, { ...parsed, project: saved }) };
  }
  // A newer-format project is refused as storage refuses it, rather than kept as a draft it could never become.
  if (parsed.tooNew !== undefined) throw new ProjectTooNewError(name, parsed.tooNew, CURRENT_VERSION);
  const updatedAt = now.toISOString();
  await writeDraft(dir, project, updatedAt);
  return { savedTo: 'draft' as const, updatedAt, problems: draftProblems(project, now, parsed) };
}

/**
 * project.json as the editor should get it. A file that is readable JSON but breaks the format is still opened, as
 * a draft with its problems, since the editor is where they are fixed; a damaged one is repaired by openProject,
 * and a newer-format one refused (ProjectTooNewError).
 */
async function openSaved(dir: string, now: () => Date): Promise<{ project: ProjectDraft; notices: string[] }> {
  try {
    const opened = await openProject(dir, { now });
    return { project: opened.project, notices: [...opened.notices] };
  } catch (error) {
    if (!(error instanceof ProjectInvalidError)) throw error;
    const raw = await readFile(path.join(dir, PROJECT_FILE), 'utf8').then(JSON.parse, () => undefined);
    const editable = ProjectDraft.safeParse(raw);
    if (!editable.success) throw error;
    return { project: editable.data, notices: [] };
  }
}

/**
 * The draft kept beside project.json when it is newer than the last save, with a notice saying so. An older draft
 * (project.json saved since, perhaps by another computer) stays on disk untouched until the next save removes it.
 */
async function newerDraft(dir: string, saved: ProjectDraft, notices: string[], now: Date): Promise<ProjectDraft | undefined> {
  const draft = await readDraft(dir);
  if (draft === undefined) return undefined;
  const name = path.basename(dir);
  if (!draft.ok) {
    notices.push(`${name}: ${DRAFT_FILE}, where Pressdesk keeps changes not yet complete enough to save, ${draft.problem}, so it was not loaded.`);
    return undefined;
  }
  const savedAt = Date.parse(String(saved.updatedAt));
  if (!Number.isNaN(savedAt) && draft.writtenAt <= savedAt) return undefined;
  const editable = ProjectDraft.safeParse(draft.value);
  if (!editable.success) {
    notices.push(`${name}: ${DRAFT_FILE}, where Pressdesk keeps changes not yet complete enough to save, is not a project, so it was not loaded.`);
    return undefined;
  }
  const problems = draftProblems(editable.data, now);
  notices.push(
    `Pressdesk kept changes that were not yet complete enough to save as the project (${summarise(problems)}); they are loaded here. ` +
      'Fix the problems listed to save them.',
  );
  return editable.data;
}

const summarise = (problems: readonly ProblemData[]): string => {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const [first] = errors;
  if (!first) return 'they now check out';
  const line = first.place ? `${first.place}: ${first.message}` : first.message;
  return errors.length === 1 ? line : `${line}, and ${errors.length - 1} more`;
};
