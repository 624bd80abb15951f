import path from 'node:path';
import { compose, DEFAULT_FONT, imagePaths } from '../compose';
import type { ImageData } from '../doc-tree';
import { PressdeskError } from '../errors';
import { PLAIN_BRAND, ukCalendarDate, type Project } from '../model';
import type { PreviewDocument } from '../ipc';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';
import { lenientProject } from './lenient';
import { PictureCache } from './picture-cache';
import { previewDocument } from './preview-document';

/** At most this many pictures decode at once, so a pasted gallery does not hold forty photos in memory. */
const PICTURES_AT_ONCE = 4;

export function previewHandlers(context: HostContext): Pick<Handlers, 'project:preview'> {
  const pictures = new PictureCache();
  return {
    async 'project:preview'({ name, project: draft }) {
      const dir = path.resolve(await context.projectDir(name));
      const now = context.now();
      if (draft.kind !== 'release') return emptyPreview(draft.title, 'Briefing packs cannot be previewed yet (they are being built); preview and export a release for now.');
      const { project, leftOut } = lenientProject(draft, ukCalendarDate(now), now.toISOString());
      if (!project) return emptyPreview(draft.title, ...leftOut, 'The rest of the release cannot be previewed until the problems above are fixed.');

      const images = new Map<string, ImageData>();
      const srcOf = new Map<ImageData, string>();
      const failed = new Map<string, string>();
      const queue = imagePaths(project);
      const logo = project.brand?.logo;
      const worker = async () => {
        for (let src = queue.shift(); src !== undefined; src = queue.shift()) {
          try {
            const image = await pictures.load(dir, name, src, src === logo ? 'logo' : 'picture');
            images.set(src, image);
            srcOf.set(image, src);
          } catch (error) {
            if (!(error instanceof PressdeskError)) throw error;
            failed.set(src, withoutProjectPrefix(error.message, name));
          }
        }
      };
      await Promise.all(Array.from({ length: PICTURES_AT_ONCE }, worker));

      const shown = withoutFailedPictures(project, failed, leftOut);
      const tree = compose({ project: shown, images });
      return previewDocument(tree, (image) => context.config.projectFileUrl(name, srcOf.get(image) ?? ''), leftOut);
    },
  };
}

/** The project without the pictures that could not be loaded, each said in `leftOut`. */
function withoutFailedPictures(project: Project, failed: ReadonlyMap<string, string>, leftOut: string[]): Project {
  if (failed.size === 0 || !project.release) return project;
  for (const problem of failed.values()) leftOut.push(`Left out of the preview: ${problem}`);
  const brand = project.brand;
  return {
    ...project,
    ...(brand?.logo && failed.has(brand.logo) ? { brand: { ...brand, logo: undefined } } : {}),
    release: { ...project.release, body: project.release.body.filter((block) => block.type !== 'image' || !failed.has(block.src)) },
  };
}

function emptyPreview(title: string, ...leftOut: string[]): PreviewDocument {
  return {
    title,
    draftMark: null,
    footerLine: null,
    logo: null,
    theme: { colours: { ...PLAIN_BRAND.colours }, fonts: { heading: DEFAULT_FONT, body: DEFAULT_FONT } },
    blocks: [],
    leftOut,
  };
}

/** Pictures' messages start with the project's name; the preview is already of that project. */
const withoutProjectPrefix = (message: string, project: string): string =>
  message.startsWith(`${project}: `) ? message.slice(project.length + 2) : message;
