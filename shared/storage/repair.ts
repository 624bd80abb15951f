import { unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Project } from '../model';
import { readBackup } from './backup';
import { fsyncDirectory, replaceFileDurably } from './durable-write';
import { ProjectDamagedError } from './errors';
import { describeDamage, type Damage } from './file-contents';
import { keepAside } from './keep-aside';
import { BACKUP_FILE, PROJECT_FILE } from './project-paths';

export interface Repaired {
  readonly project: Project;
  /** Tells the user what happened, naming the project and the kept-aside file. */
  readonly notice: string;
}

/**
 * Deals with a damaged project.json: keeps its bytes aside under a new name (they may still hold text
 * someone can rescue), then puts the backup in its place. Without a usable backup it throws
 * ProjectDamagedError; the damaged file is still moved aside, or every later open would keep another copy.
 */
export async function repairFromBackup(dir: string, name: string, bytes: Uint8Array, damage: Damage, at: Date): Promise<Repaired> {
  const keptAs = await keepAside(dir, bytes, at);
  const backup = await readBackup(dir);
  const projectFile = path.join(dir, PROJECT_FILE);
  if (!backup.ok) {
    await unlink(projectFile);
    await fsyncDirectory(dir);
    throw new ProjectDamagedError(name, describeDamage(damage), backup.problem, keptAs);
  }
  await replaceFileDurably(projectFile, backup.bytes);
  return {
    project: backup.project,
    notice:
      `${name}: project.json was damaged (${describeDamage(damage)}), so Pressdesk put back the previous save from ` +
      `the backup (${BACKUP_FILE}). The damaged file has been kept as ${keptAs} in the project folder. ` +
      'Check the project before you carry on: changes from your last save may be missing.',
  };
}
