import path from 'node:path';
import { PressdeskError } from '../errors';
import type { Person, Release } from '../model';
import { ProjectName, type ReleaseSourceData, type SourceState } from '../ipc';
import { ASSETS_DIR, listProjects, NotAProjectFolderError, openProject, ProjectFolderMissingError, readAsset, writeFileDurably, type OpenedProject } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';
import { keepIdsApart, releaseHash, speakerIds } from './release-source';

/** A release could not be included in a pack; the message names the project and says what to do. */
export class ReleaseIncludeError extends PressdeskError {}

/** Where an included release's pictures go in the pack: assets/included/<source folder>/<path under assets/>. */
const INCLUDED_DIR = 'included';

export function packsHandlers(context: HostContext): Pick<Handlers, 'pack:include-release' | 'pack:check-sources'> {
  /** The source project, read in its own lane so a save already asked for lands first. */
  const openSource = (from: string): Promise<OpenedProject> =>
    context.lanes.run(from, async () => openProject(await context.projectDir(from), { now: context.now }));

  return {
    async 'pack:include-release'({ name, from, people: packPeople }) {
      if (name === from) throw new ReleaseIncludeError(`${name}: a briefing pack cannot include itself; choose a release project.`);
      const packDir = await context.projectDir(name);
      let source: OpenedProject;
      try {
        source = await openSource(from);
      } catch (error) {
        if (!(error instanceof PressdeskError)) throw error;
        throw new ReleaseIncludeError(`${name}: the release in ${from} could not be included, because ${from} cannot be opened as it is (${error.message}). Open ${from}, fix it, and include it again.`);
      }
      const release = source.project.release;
      if (source.project.kind !== 'release' || release === undefined) {
        throw new ReleaseIncludeError(`${name}: ${from} is a briefing pack, not a release; choose a release project to include.`);
      }
      const ids = speakerIds(release);
      const named = ids.flatMap((id) => source.project.people.find((person) => person.id === id) ?? []);
      const hash = releaseHash(release, named);
      const apart = keepIdsApart(release, named, packPeople as Person[]);
      const copied = await copyPictures(apart.release, source.dir, from, packDir, name);
      return {
        release: copied,
        people: apart.people,
        source: { project: source.project.id, name: from, title: source.project.title, copiedAt: context.now().toISOString(), hash },
      };
    },

    async 'pack:check-sources'({ sources }) {
      // Each folder once, however many sections came from it; the workspace is listed only when a folder has moved.
      let listed: Awaited<ReturnType<typeof listProjects>> | undefined;
      const byId = async (id: string) => {
        listed ??= await listProjects(await context.workspace()).catch(() => []);
        return listed.find((summary) => summary.ok && summary.id === id)?.name;
      };
      const states: SourceState[] = [];
      for (const source of sources) states.push(await checkSource(source, openSource, byId));
      return { states };
    },
  };
}

async function checkSource(
  source: ReleaseSourceData,
  openSource: (name: string) => Promise<OpenedProject>,
  byId: (id: string) => Promise<string | undefined>,
): Promise<SourceState> {
  const attempt = async (folder: string): Promise<OpenedProject | 'unreadable' | undefined> => {
    try {
      const opened = await openSource(folder);
      return opened.project.id === source.project ? opened : undefined;
    } catch (error) {
      if (!(error instanceof PressdeskError)) throw error;
      // No folder (or no project.json in it) by that name: look for the project by its id instead.
      if (error instanceof ProjectFolderMissingError || error instanceof NotAProjectFolderError) return undefined;
      return 'unreadable';
    }
  };
  let folder = source.name;
  let found = await attempt(folder);
  if (found === undefined || found === 'unreadable') {
    const moved = await byId(source.project);
    if (moved !== undefined && moved !== folder && ProjectName.safeParse(moved).success) {
      folder = moved;
      found = await attempt(folder);
    }
  }
  const was = source.title ?? source.name;
  if (found === 'unreadable') {
    return {
      state: 'unreadable',
      name: folder,
      title: null,
      message: `${folder}, where this release was copied from, cannot be opened as it is, so Pressdesk cannot tell whether it has changed. The copy here is kept as it is.`,
    };
  }
  if (found === undefined) {
    return {
      state: 'missing',
      name: null,
      title: null,
      message: `“${was}” (${source.name}), where this release was copied from, is no longer in the projects folder. The copy here is kept as it is.`,
    };
  }
  const release = found.project.release;
  if (found.project.kind !== 'release' || release === undefined) {
    return { state: 'missing', name: folder, title: found.project.title, message: `${folder} no longer holds a release. The copy here is kept as it is.` };
  }
  const named = speakerIds(release).flatMap((id) => found.project.people.find((person) => person.id === id) ?? []);
  const same = releaseHash(release, named) === source.hash;
  return {
    state: same ? 'same' : 'changed',
    name: folder,
    title: found.project.title,
    message: same
      ? `The same as the release in “${found.project.title}” (${folder}).`
      : `“${found.project.title}” (${folder}) has changed since this release was copied into the pack.`,
  };
}

/**
 * The release with its pictures copied into the pack's assets/included/<from>/, and their paths changed to match:
 * a project folder must hold every file it uses, so the pack still exports after the source is moved or deleted.
 */
async function copyPictures(release: Release, sourceDir: string, from: string, packDir: string, name: string): Promise<Release> {
  const copies = new Map<string, string>();
  for (const block of release.body) {
    if (block.type !== 'image' || copies.has(block.src)) continue;
    const target = `${ASSETS_DIR}/${INCLUDED_DIR}/${from}/${block.src.slice(ASSETS_DIR.length + 1)}`;
    let bytes: Uint8Array;
    try {
      bytes = await readAsset(sourceDir, block.src, 'picture');
    } catch (error) {
      if (!(error instanceof PressdeskError)) throw error;
      throw new ReleaseIncludeError(`${name}: the release in ${from} could not be included, because one of its pictures could not be read (${error.message}).`);
    }
    await writeFileDurably(path.join(packDir, ...target.split('/')), bytes, { project: name });
    copies.set(block.src, target);
  }
  if (copies.size === 0) return release;
  return { ...release, body: release.body.map((block) => (block.type === 'image' ? { ...block, src: copies.get(block.src) ?? block.src } : block)) };
}
