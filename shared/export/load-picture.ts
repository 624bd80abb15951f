import type { ImageData } from '../doc-tree';
import { normaliseImage } from '../images';
import { readAsset } from '../storage';

/** One of a project's pictures, read (never from outside the project) and made safe to embed. */
export type LoadPicture = (projectDir: string, src: string, project: string) => Promise<ImageData>;

/** The pictures' loader on this thread; PictureWorker's does the same on a thread of its own. */
export const loadPicture: LoadPicture = async (projectDir, src, project) => normaliseImage(await readAsset(projectDir, src, 'picture'), { name: src, project });
