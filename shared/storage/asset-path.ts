/**
 * Why an asset path from project.json would leave the project folder, judged from its text alone, or
 * undefined when it stays inside. Paths are always written with forward slashes, whatever the platform,
 * so a project made on Windows opens on a Mac. Symlinks are checked separately, against the real disk.
 */
export function escapeReason(src: string): string | undefined {
  if (src.includes('\0')) return 'the path contains a hidden zero character';
  if (src.includes('\\')) return 'it is written with backslashes; write it with forward slashes, like assets/picture.jpg';
  if (/^[A-Za-z]:/.test(src)) return 'it starts with a drive letter';
  if (src.startsWith('/')) return 'it is a full path from the top of the disk, not a path inside the project';
  if (src.split('/').includes('..')) return 'it goes up out of the folder with ".."';
  return undefined;
}
