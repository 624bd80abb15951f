import type { ImageData } from '../doc-tree';
// Single modules, not the folders' indexes: this is all the command line's export worker runs, and the indexes would
// bring the project store, every schema and zod into it (0.8 MB to compile on each start instead of ~60 KB).
import { normaliseImage } from '../images/normalise-image';
import { readAsset } from '../storage/read-asset';

/** One of a project's pictures, read (never from outside the project) and made safe to embed. */
export type LoadPicture = (projectDir: string, src: string, project: string) => Promise<ImageData>;

/** The pictures' loader on this thread; ExportWorker's does the same on a thread of its own. */
export const loadPicture: LoadPicture = async (projectDir, src, project) => normaliseImage(await readAsset(projectDir, src, 'picture'), { name: src, project });
