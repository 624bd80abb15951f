import { basename, join, resolve } from 'node:path';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { compose, fontPaths, imagePaths, logoPaths } from '../compose';
import type { DocTree, FontFile, ImageData } from '../doc-tree';
import { PressdeskError, listMessage } from '../errors';
import type { FontFiles, RenderPdfOptions } from '../render-pdf';
import type * as RenderPdfModule from '../render-pdf';
import type * as RenderDocxModule from '../render-docx';
import { loadFont, loadLogo } from './brand-assets';
import { subsetFont } from './font-subsetter';
import { loadPicture as loadPictureHere, type LoadPicture } from './load-picture';
import { mapWithLimit } from './pool';
import { openProject, slugify, writeFileDurably, type OpenedProject } from '../storage';

export type ExportFormat = 'docx' | 'pdf';

/** Page content compressed by Node's zlib (native) rather than pdf-lib's JavaScript deflate: the same bytes' worth
 *  of FlateDecode, a fifth of a long document's render time saved. */
export const PDF_OPTIONS = { deflate: (bytes: Uint8Array): Uint8Array => deflateSync(bytes) };

/** The Word package's XML parts deflated by Node's zlib too (half fflate's time on a release), and its brand fonts
 *  subset by HarfBuzz (font-subsetter.ts). */
export const DOCX_OPTIONS = {
  deflateRaw: (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(deflateRawSync(bytes)),
  crc32: (bytes: Uint8Array, previous?: number): number => crc32(bytes, previous),
  subsetFont,
};

export interface ExportOptions {
  readonly formats: readonly ExportFormat[];
  /** Folder to write into; default `<project>/exports/`. Created when missing. */
  readonly outDir?: string;
  /** Who loads the pictures; default loadPicture, on this thread (the command line passes its ExportWorker's). */
  readonly loadPicture?: LoadPicture;
  /**
   * Who compresses the PDF's pages, elsewhere, while later pages are drawn (renderPdf's `deflatePages`); default: this
   * thread, as each page is finished (the command line passes its ExportWorker's).
   */
  readonly deflatePages?: RenderPdfOptions['deflatePages'];
  /**
   * Called once the export needs neither any more: after the pictures, or after the PDF when `deflatePages` is given.
   * The command line lets its worker go then, so the thread ends while the rest is done, not at exit.
   */
  readonly workerDone?: () => void;
}

export interface ExportedFile {
  readonly format: ExportFormat;
  readonly path: string;
  readonly bytes: number;
}

export interface ExportResult {
  readonly project: string;
  readonly files: readonly ExportedFile[];
  /** Things the user should know that did not stop the export (e.g. a backup was restored). */
  readonly notices: readonly string[];
}

/** One or more of the project's pictures cannot be used: every one is listed, each saying what to do. */
export class ProjectFilesError extends PressdeskError {
  override readonly name = 'ProjectFilesError';
  constructor(
    readonly project: string,
    readonly problems: readonly string[],
  ) {
    super(listMessage(project, ['file', 'files'], 'this project being exported', problems));
  }
}

/** A project opened and checked, with every picture and brand font loaded: ready to compose. */
export interface LoadedProject {
  readonly opened: OpenedProject;
  readonly images: ReadonlyMap<string, ImageData>;
  readonly fonts: ReadonlyMap<string, FontFile>;
}

/**
 * Opens a project and loads every picture it uses. Each picture is read and normalised on its own, under
 * a time limit, a few at a time; every failure is collected, so the user sees all the problems at once,
 * in the order the pictures appear.
 */
export async function loadProject(dir: string, options: Pick<ExportOptions, 'loadPicture'> = {}): Promise<LoadedProject> {
  return loadFiles(await openForExport(dir), options);
}

/** Opens and checks a project, refusing what cannot be exported at all. */
async function openForExport(dir: string): Promise<OpenedProject> {
  const opened = await openProject(resolve(dir));
  if (opened.project.kind === 'pack' && opened.project.pack?.sections.length === 0) {
    throw new PressdeskError(`${opened.name}: the briefing pack has no sections yet (pack › sections is empty); add at least one section, such as key messages, before exporting.`);
  }
  return opened;
}

/** loadProject's second half. The first pictures are asked for before it returns (an async function runs to its first wait). */
async function loadFiles(opened: OpenedProject, { loadPicture = loadPictureHere }: Pick<ExportOptions, 'loadPicture'>): Promise<LoadedProject> {
  const logos = new Set(logoPaths(opened.project));
  const images = new Map<string, ImageData>();
  const fonts = new Map<string, FontFile>();
  const reported = async (work: () => Promise<void>): Promise<string | null> => {
    try {
      await work();
      return null;
    } catch (error) {
      if (!(error instanceof PressdeskError)) throw error;
      return withoutProjectPrefix(error.message, opened.name);
    }
  };
  // Fonts load beside the pictures: an unchanged brand font is only looked at (brand-assets.ts), which need not wait
  // for the pictures' work.
  const fontProblems = Promise.all(fontPaths(opened.project).map((src) => reported(async () => void fonts.set(src, await loadFont(opened.dir, src, opened.name)))));
  fontProblems.catch(() => undefined); // a bug there is thrown below, where it is awaited, not left unhandled
  const problems = await mapWithLimit(imagePaths(opened.project), (src) =>
    reported(async () => {
      // Logos are brand files: the brand's limits and checks (SVG allowed, checked again here).
      if (logos.has(src)) images.set(src, await loadLogo(opened.dir, src, opened.name));
      else images.set(src, await loadPicture(opened.dir, src, opened.name));
    }),
  );
  problems.push(...(await fontProblems));
  const found = problems.filter((problem) => problem !== null);
  if (found.length > 0) throw new ProjectFilesError(opened.name, found);
  return { opened, images, fonts };
}

/** The PDF's fonts: the bundled faces, and the brand's own face for each role that has one. */
export async function pdfFonts(tree: DocTree): Promise<FontFiles> {
  const { bundledFonts } = await import('./bundled-fonts');
  const files = tree.theme.fontFiles;
  return {
    ...(await bundledFonts()),
    ...(files?.heading ? { heading: files.heading.bytes } : {}),
    ...(files?.body ? { body: files.body.bytes } : {}),
  };
}

/** Checks a project as export would, writing nothing. */
export async function checkProject(
  dir: string,
  options: Pick<ExportOptions, 'loadPicture'> = {},
): Promise<{ readonly project: string; readonly notices: readonly string[] }> {
  const { opened, images, fonts } = await loadProject(dir, options);
  compose({ project: opened.project, images, fonts });
  return { project: opened.name, notices: opened.notices };
}

/** Exports a project folder to the requested formats. Every file is written whole or not at all. */
export async function exportProject(dir: string, options: ExportOptions): Promise<ExportResult> {
  const opened = await openForExport(dir);
  const loading = loadFiles(opened, options);
  // After the pictures are asked for: with the command line's export worker, the renderers are set up while it works.
  const renderers = startLoadingRenderers(options.formats);
  const pdfOnWorker = options.deflatePages !== undefined && options.formats.includes('pdf');
  const { images, fonts } = await loading.finally(() => {
    if (!pdfOnWorker) options.workerDone?.();
  });
  const tree = compose({ project: opened.project, images, fonts });
  const outDir = resolve(options.outDir ?? join(opened.dir, 'exports'));
  const slug = slugify(opened.project.title) || slugify(basename(opened.dir)) || (opened.project.kind === 'pack' ? 'briefing-pack' : 'press-release');
  const files: ExportedFile[] = [];
  const notices = [...opened.notices];
  // Both files come from the one composed tree, so they cannot disagree about content. A tree with a contents list
  // is laid out as a PDF first, so the DOCX's contents carry the page numbers that layout worked out.
  const rendered = new Map<ExportFormat, Uint8Array>();
  let anchorPages: ReadonlyMap<string, number> | undefined;
  for (const format of hasContents(tree) && options.formats.includes('pdf') ? ['pdf' as const, ...options.formats.filter((f) => f !== 'pdf')] : options.formats) {
    // Each renderer is loaded only when asked for: pdf-lib and fontkit would add a quarter of a second to
    // every Word export's start-up (the command line is bundled with code splitting for this).
    if (format === 'docx') {
      const { renderDocx } = await (renderers.docx ?? import('../render-docx'));
      if (hasContents(tree) && anchorPages === undefined) anchorPages = await contentsPages(tree, renderers.pdf);
      rendered.set(format, await renderDocx(tree, { ...DOCX_OPTIONS, ...(anchorPages ? { pageNumbers: anchorPages } : {}) }));
    } else {
      const [{ renderPdf }, fontFiles] = await Promise.all([renderers.pdf ?? import('../render-pdf'), pdfFonts(tree)]);
      const pdf = await renderPdf(tree, fontFiles, options.deflatePages ? { ...PDF_OPTIONS, deflatePages: options.deflatePages } : PDF_OPTIONS).finally(() => {
        if (pdfOnWorker) options.workerDone?.();
      });
      anchorPages = pdf.anchorPages;
      rendered.set(format, pdf.bytes);
      notices.push(...pdf.warnings.map((warning) => `${opened.name}: ${warning}`));
    }
  }
  for (const format of options.formats) {
    const bytes = rendered.get(format)!;
    const path = join(outDir, `${slug}.${format}`);
    await writeFileDurably(path, bytes, { project: opened.name });
    files.push({ format, path, bytes: bytes.byteLength });
  }
  return { project: opened.name, files, notices };
}

/** True when the tree has a contents list (a briefing pack), whose page numbers come from the PDF's layout. */
export const hasContents = (tree: DocTree): boolean => tree.blocks.some((block) => block.kind === 'paragraph' && block.pageOf !== undefined);

/**
 * The page each heading anchor starts on, from the PDF's layout (lines broken, pages filled, nothing drawn), for the
 * DOCX's contents lines. render-docx cannot lay pages out itself, and the renderers do not import each other.
 */
export async function contentsPages(tree: DocTree, loading?: Promise<typeof RenderPdfModule>): Promise<ReadonlyMap<string, number>> {
  const [{ layoutPdfPages }, fontFiles] = await Promise.all([loading ?? import('../render-pdf'), pdfFonts(tree)]);
  return layoutPdfPages(tree, fontFiles);
}

/**
 * Starts loading the renderers the formats need (and the bundled fonts, for a PDF) once the project's files are
 * being read: setImmediate runs once this thread waits for the files and pictures, so the modules are set up while it
 * would otherwise wait for them (about 50 ms of a cold PDF export).
 */
function startLoadingRenderers(formats: readonly ExportFormat[]): {
  readonly docx?: Promise<typeof RenderDocxModule>;
  readonly pdf?: Promise<typeof RenderPdfModule>;
} {
  const later = <T>(load: () => Promise<T>): Promise<T> => new Promise((resolveLoad) => setImmediate(() => resolveLoad(load())));
  const pdf = formats.includes('pdf')
    ? later(async () => {
        const loaded = await import('../render-pdf');
        void (await import('./bundled-fonts')).bundledFonts().catch(() => undefined); // read now; pdfFonts reports failures
        return loaded;
      })
    : undefined;
  return {
    ...(formats.includes('docx') ? { docx: later(() => import('../render-docx')) } : {}),
    ...(pdf ? { pdf } : {}),
  };
}

/** Problems are listed under a line that already names the project; drop the repeated prefix. */
function withoutProjectPrefix(message: string, project: string): string {
  return message.startsWith(`${project}: `) ? message.slice(project.length + 2) : message;
}
