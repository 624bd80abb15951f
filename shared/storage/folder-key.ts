import path from 'node:path';

/** One key per folder however its path is written (relative, trailing slash; any case on Windows, which ignores it). */
export function folderKey(dir: string): string {
  const resolved = path.resolve(dir);
  return process.platform === 'win32' ? resolved.toLowerCase() : resolved;
}
