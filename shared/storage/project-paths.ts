import path from 'node:path';

/** The names inside a project folder (docs/project-format.md). */
export const PROJECT_FILE = 'project.json';
export const BACKUP_FILE = 'project.json.bak';
export const ASSETS_DIR = 'assets';
export const EXPORTS_DIR = 'exports';

/** The name messages use for a project: its folder's name, which is what the user sees in their file manager. */
export const projectName = (dir: string): string => path.basename(path.resolve(dir));
