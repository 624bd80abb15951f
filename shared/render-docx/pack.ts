import { Packer, type Document } from 'docx';
import { zipSync, type ZipOptions } from 'fflate';
import type { PackagePart } from './properties';

/** What docx's Packer uses inside: turns a Document into the package's parts, before zipping. */
interface DocxCompiler {
  compile(document: Document, prettify: undefined, overrides: readonly PackagePart[]): Map<string, string | Uint8Array>;
}

const encoder = new TextEncoder();

/**
 * Zips the package ourselves so pictures are stored rather than deflated again: they are already
 * compressed (JPEG, PNG), and deflating them was most of the time of a warm export (docx's Packer
 * deflates every part at level 6). `Packer.compiler` is not public API, so when a docx upgrade moves it
 * this falls back to `Packer.pack`, which writes the same parts, only slower; a test watches for that.
 */
export async function packDocx(
  document: Document,
  parts: readonly PackagePart[],
  /** Picture stand-ins and the pictures they stand for (see RenderContext.mediaStandIn). */
  media: ReadonlyMap<Uint8Array, Uint8Array>,
  /** Called with the package's parts before zipping (render-docx keeps the theme's parts from it). */
  inspect?: (files: ReadonlyMap<string, string | Uint8Array>) => void,
): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (!compiler) {
    if (media.size > 0) throw new Error('packDocx: picture stand-ins need docx’s compiler; render without them');
    return Packer.pack(document, 'uint8array', false, parts);
  }
  const files = compiler.compile(document, undefined, parts);
  inspect?.(files);
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [path, data] of files) {
    const bytes = typeof data === 'string' ? encoder.encode(data) : (media.get(data) ?? data);
    entries[path] = [bytes, { level: path.startsWith('word/media/') ? 0 : 6 }];
  }
  return zipSync(entries);
}

function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

/** True while the fast path is available (for the test that notices a docx upgrade removing it). */
export const canPackDirectly = (): boolean => docxCompiler() !== undefined;
