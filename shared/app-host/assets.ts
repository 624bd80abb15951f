import { mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { pictureFormat } from '../images';
import { PressdeskError } from '../errors';
import { ASSETS_DIR, MAX_ASSET_BYTES, ProjectFolderMissingError, slugify, writeFileDurably } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';

/** Reading a picture's header takes milliseconds; a file that takes longer is not a picture we can use. */
const WORKS = 'PNG, JPEG, GIF, WebP or TIFF';
/** sharp's format names → the extension the copy gets. */
const EXTENSIONS: Readonly<Record<string, string>> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp', tiff: 'tif' };

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 100_000) / 10} MB`;

/** A file offered to a project that Pressdesk will not take as a picture. Nothing was added to the project. */
export class AssetImportError extends PressdeskError {
  override readonly name = 'AssetImportError';
}

export function assetsHandlers(context: HostContext): Pick<Handlers, 'assets:import'> {
  return {
    async 'assets:import'({ name, fileName, base64 }) {
      const dir = await context.projectDir(name);
      const refuse = (why: string) => new AssetImportError(`${name}: "${fileName}" was not added, because ${why}`);
      // Refused before decoding: base64 is a third longer than the bytes it holds.
      if (Math.floor((base64.length * 3) / 4) > MAX_ASSET_BYTES + 3) {
        throw refuse(`it is more than the ${megabytes(MAX_ASSET_BYTES)} Pressdesk accepts; save a smaller copy (for example as a JPEG) and add that instead.`);
      }
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.byteLength > MAX_ASSET_BYTES) {
        throw refuse(`it is ${megabytes(bytes.byteLength)}, more than the ${megabytes(MAX_ASSET_BYTES)} Pressdesk accepts; save a smaller copy (for example as a JPEG) and add that instead.`);
      }
      const format = await pictureFormat(bytes);
      const extension = format === undefined ? undefined : EXTENSIONS[format];
      if (extension === undefined) throw refuse(`it is not a picture Pressdesk can use. Pictures that work are ${WORKS} files.`);

      if (!(await isFolderPresent(dir))) throw new ProjectFolderMissingError(name, dir);
      const assets = path.join(dir, ASSETS_DIR);
      await mkdir(assets, { recursive: true });
      const base = slugify(fileName.replace(/\.[^.]*$/, '')) || 'picture';
      const file = await reserve(assets, base, extension);
      try {
        await writeFileDurably(path.join(assets, file), bytes, { project: name });
      } catch (error) {
        await unlink(path.join(assets, file)).catch(() => undefined);
        throw error;
      }
      return { src: `${ASSETS_DIR}/${file}` };
    },
  };
}


/**
 * Claims `<base>.<ext>`, or `<base>-2.<ext>`…, by creating it empty ('wx' fails when taken), so two imports of
 * photo.jpg at once get two files and an existing picture is never replaced.
 */
async function reserve(assets: string, base: string, extension: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const file = `${base}${attempt === 1 ? '' : `-${attempt}`}.${extension}`;
    try {
      await (await open(path.join(assets, file), 'wx')).close();
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

const isFolderPresent = (dir: string): Promise<boolean> =>
  stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );
