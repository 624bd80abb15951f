import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { replaceFileDurably } from './durable-write';
import { FileWriteError } from './errors';

export interface WriteFileOptions {
  /** The project the file belongs to, named in the error message. */
  readonly project: string;
}

/**
 * Writes a file Pressdesk makes, such as an export, whole or not at all (see replaceFileDurably), creating its
 * folder if needed so an exports/ folder appears only once there is something in it. Failures become a
 * FileWriteError naming the project and the file.
 */
export async function writeFileDurably(file: string, data: string | Uint8Array, options: WriteFileOptions): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await replaceFileDurably(file, data);
  } catch (error) {
    throw new FileWriteError(options.project, file, error);
  }
}
