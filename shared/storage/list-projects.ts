import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CURRENT_VERSION, formatProblem, parseProject, type Project } from '../model';
import { WorkspaceMissingError } from './errors';
import { describeDamage, readFileContents } from './file-contents';
import { describeFsProblem, errorCode } from './fs-problem';
import { PROJECT_FILE } from './project-paths';
import { readIfPresent } from './fs-read';

/** One row of the project list: the project's headline facts, or why it cannot be opened as it is. */
export type ProjectSummary =
  | {
      readonly ok: true;
      /** The project folder, as an absolute path. */
      readonly dir: string;
      /** The folder's name. */
      readonly name: string;
      readonly id: string;
      readonly title: string;
      readonly kind: Project['kind'];
      readonly status: Project['status'];
      readonly updatedAt: string;
      /** The release's (or pack's) date of issue, YYYY-MM-DD, when it has one. */
      readonly date: string | null;
    }
  | {
      readonly ok: false;
      readonly dir: string;
      readonly name: string;
      /** What is wrong and what to do, in plain English. */
      readonly problem: string;
    };

/** Not project folders: hidden ones (.git, .Trash) and the "bin" some press offices keep old projects in. */
const isSkipped = (name: string): boolean => name.startsWith('.') || name.toLowerCase() === 'bin';

/**
 * The projects in a workspace folder: every subfolder holding a project.json, sorted by folder name (the list
 * view sorts as the user asks). Read-only: a damaged or invalid project is listed with its problem and is only
 * repaired when opened, so one bad folder never hides the others. Throws only WorkspaceMissingError.
 */
export async function listProjects(workspace: string): Promise<ProjectSummary[]> {
  let names: string[];
  try {
    names = (await readdir(workspace)).filter((name) => !isSkipped(name));
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') throw new WorkspaceMissingError(workspace);
    throw error;
  }
  const rows = await Promise.all(names.map((name) => summarise(path.resolve(workspace, name))));
  return rows.filter((row) => row !== undefined).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** A folder's row, or undefined when it is not a project folder (a plain file, or no project.json). */
async function summarise(dir: string): Promise<ProjectSummary | undefined> {
  const name = path.basename(dir);
  const problem = (text: string): ProjectSummary => ({ ok: false, dir, name, problem: text });
  let bytes: Uint8Array | undefined;
  try {
    // stat follows symlinks, so a linked project folder is listed like any other.
    if (!(await stat(dir)).isDirectory()) return undefined;
    bytes = await readIfPresent(path.join(dir, PROJECT_FILE));
  } catch (error) {
    // Gone since the folder was listed, or a link to nowhere: nothing to show.
    if (errorCode(error) === 'ENOENT') return undefined;
    return problem(`${PROJECT_FILE} could not be read because ${describeFsProblem(error)}.`);
  }
  if (bytes === undefined) return undefined;

  const contents = readFileContents(bytes);
  if (contents.kind === 'damaged') {
    return problem(`${PROJECT_FILE} is damaged (${describeDamage(contents.damage)}). Open the project to put back its backup.`);
  }
  const result = parseProject(contents.value);
  if (result.ok) {
    const { id, title, kind, status, updatedAt, release, pack } = result.project;
    return { ok: true, dir, name, id, title, kind, status, updatedAt, date: release?.date ?? pack?.date ?? null };
  }
  if (result.tooNew !== undefined) {
    return problem(
      `It was saved by a newer version of Pressdesk (format version ${String(result.tooNew)}; this one reads up to ` +
        `${CURRENT_VERSION}). Update Pressdesk to open it.`,
    );
  }
  const [first] = result.problems;
  const count = result.problems.length;
  return problem(
    `${PROJECT_FILE} has ${count === 1 ? 'a problem' : `${count} problems`} to fix` +
      (first ? `, starting with: ${formatProblem(first)}` : '') +
      '. Open the project to see them all.',
  );
}
