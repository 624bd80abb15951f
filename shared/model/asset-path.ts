// Apart from the schemas (no zod here): storage's file reads use it, also in the command line's small export worker.

/**
 * Why a path from project.json is not a file inside the project's `assets/` folder, judged from its text
 * alone, or undefined when it is fine. Paths use forward slashes on every platform, so a project made on
 * Windows opens on a Mac. Storage also checks the real path (symlinks) when it reads the file.
 */
export function assetPathProblem(value: string): string | undefined {
  if (value.includes('\0')) return 'the path contains a hidden zero character';
  if (value.includes('\\')) return 'it is written with backslashes; write it with forward slashes, like assets/picture.jpg';
  if (/^[A-Za-z]:/.test(value)) return 'it starts with a drive letter';
  if (value.startsWith('/')) return 'it is a full path from the top of the disk, not a path inside the project';
  const segments = value.split('/');
  if (segments.includes('..')) return 'it goes up out of the folder with ".."';
  if (segments[0] !== 'assets' || segments.length < 2) return 'it is not in the assets folder';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'it has an empty or "." part';
  return undefined;
}

export const isSafeAssetPath = (value: string): boolean => assetPathProblem(value) === undefined;
