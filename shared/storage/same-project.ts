import path from 'node:path';
import { ProjectReplacedError } from './errors';
import { readFileContents } from './file-contents';
import { readIfPresent } from './fs-read';
import { knownGoodId } from './known-good';
import { PROJECT_FILE } from './project-paths';

/**
 * The id of the project in `bytes` (project.json as it is now): remembered when they are the bytes last accepted
 * for the folder, else read from the JSON; undefined when the file is not JSON or has no id.
 */
export function idOnDisk(dir: string, bytes: Uint8Array): string | undefined {
  const known = knownGoodId(dir, bytes);
  if (known !== undefined) return known;
  const contents = readFileContents(bytes);
  const id = contents.kind === 'json' ? (contents.value as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A folder holds one project for its whole life. A save (or a draft) of a project with another id means the editor
 * was holding a project that has since been deleted and another made under the same folder name (or restored from
 * the bin beside it): writing would put the old project's words over the new one, so it is refused.
 */
export function refuseOtherProject(name: string, onDisk: string | undefined, saving: string): void {
  if (onDisk !== undefined && onDisk !== saving) throw new ProjectReplacedError(name);
}

/** refuseOtherProject against project.json as it is now (for writes that do not read it anyway, such as drafts). */
export async function assertSameProject(dir: string, name: string, saving: string): Promise<void> {
  const bytes = await readIfPresent(path.join(dir, PROJECT_FILE)).catch(() => undefined);
  if (bytes !== undefined) refuseOtherProject(name, idOnDisk(dir, bytes), saving);
}
