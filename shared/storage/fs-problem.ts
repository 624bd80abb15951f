/** The `code` of a Node file-system error (`ENOENT`, `EACCES`…), or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

const PLAIN: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your storage quota is used up',
  EACCES: 'you do not have permission to change files there',
  EPERM: 'the computer refused the change (the file may be read-only, or open in another program)',
  EROFS: 'the drive is read-only',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  EIO: 'the drive reported a read or write error',
  ENOENT: 'the folder is no longer there',
  ENOTDIR: 'part of the path is a file, not a folder',
  ETIMEDOUT: 'the network drive did not answer in time',
  EHOSTDOWN: 'the network drive cannot be reached',
};

/**
 * Plain English for why a file operation failed, for user-facing messages; Node's own
 * ("EACCES: permission denied, open '…'") means nothing to a comms officer.
 */
export function describeFsProblem(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && PLAIN[code] !== undefined) return PLAIN[code];
  return error instanceof Error ? `the computer reported: ${error.message}` : 'the computer reported an unknown error';
}
