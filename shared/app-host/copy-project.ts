import { randomUUID } from 'node:crypto';
import { cp, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ukCalendarDate, type Project, type Release } from '../model';
import { ASSETS_DIR, createProject, openProject, PROJECT_FILE, ProjectCreateError, ProjectSaveError, saveProject } from '../storage';

/**
 * A new release or pack from an old one ("use last year's as a template"): the words, people, brand and pictures
 * (assets/), but not the exports or backups. The copy is a fresh draft to be signed off again: new id, status
 * draft, quote approvals and the embargo removed, dated today.
 */
export async function copyProject(workspace: string, from: string, title: string, now: Date): Promise<string> {
  const source = await openProject(path.join(workspace, from), { now: () => now });
  const today = ukCalendarDate(now);
  const fresh = (release: Release): Release => ({
    ...release,
    date: today,
    embargo: null,
    body: release.body.map((block) => (block.type === 'quote' ? { ...block, approval: null } : block)),
  });
  const old = source.project;
  const copy: Project = {
    ...old,
    id: randomUUID(),
    title,
    status: 'draft',
    ...(old.release ? { release: fresh(old.release) } : {}),
    ...(old.pack
      ? {
          pack: {
            ...old.pack,
            date: today,
            sections: old.pack.sections.map((section) => (section.type === 'release' ? { ...section, release: fresh(section.release) } : section)),
          },
        }
      : {}),
  };
  // createProject names the folder from the title, uniquely, and removes it again if anything fails there.
  const made = await createProject(workspace, { title, kind: old.kind }, { now: () => now });
  try {
    // Removed before saving so the blank project is not kept as the copy's backup.
    await unlink(path.join(made.dir, PROJECT_FILE));
    await cp(path.join(source.dir, ASSETS_DIR), path.join(made.dir, ASSETS_DIR), { recursive: true }).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    await saveProject(made.dir, copy, { now: () => now });
  } catch (error) {
    // The folder is ours and holds nothing of the user's yet: leave no half-made copy behind.
    await rm(made.dir, { recursive: true, force: true }).catch(() => undefined);
    throw new ProjectCreateError(title, workspace, error instanceof ProjectSaveError ? error.cause : error);
  }
  return made.name;
}

const errorCode = (error: unknown): unknown => (error as NodeJS.ErrnoException | undefined)?.code;
