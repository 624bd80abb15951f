import { Packer, type Document } from 'docx';
import { Zip, ZipPassThrough, zipSync, type ZipOptions } from 'fflate';
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
  /** Raw DEFLATE for the XML parts and CRC-32 for every entry (Node's zlib, from the export pipeline); fflate's own
   *  when absent. */
  native: { readonly deflateRaw?: (bytes: Uint8Array) => Uint8Array<ArrayBuffer>; readonly crc32?: (bytes: Uint8Array, previous?: number) => number } = {},
): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (!compiler) {
    if (media.size > 0) throw new Error('packDocx: picture stand-ins need docx’s compiler; render without them');
    return Packer.pack(document, 'uint8array', false, parts);
  }
  const files = compiler.compile(document, undefined, parts);
  inspect?.(files);
  const packaged: [string, Uint8Array][] = [...files].map(([path, data]) => [path, typeof data === 'string' ? encoder.encode(data) : (media.get(data) ?? data)]);
  if (native.deflateRaw) return zipWith(packaged, native.deflateRaw, native.crc32);
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [path, bytes] of packaged) entries[path] = [bytes, { level: isStored(path) ? 0 : 6 }];
  return zipSync(entries);
}

/**
 * Stored, not deflated: pictures are JPEG or PNG, compressed already; embedded fonts would halve, but deflating a
 * brand font (hundreds of KB) at every export doubled a branded release's export time, and docx obfuscates each one
 * with a new key each time, so the result cannot be kept.
 */
const isStored = (path: string): boolean => path.startsWith('word/media/') || path.startsWith('word/fonts/');

/**
 * fflate's streaming Zip with a DEFLATE of the caller's: fflate still writes the archive (headers, CRC, central
 * directory), the caller's function compresses. Node's native zlib takes half the time of fflate's JavaScript deflate
 * for a release's XML. fflate documents subclassing ZipPassThrough as the way to plug in another compressor.
 */
function zipWith(
  parts: readonly [string, Uint8Array][],
  deflateRaw: (bytes: Uint8Array) => Uint8Array<ArrayBuffer>,
  crc32: ((bytes: Uint8Array, previous?: number) => number) | undefined,
): Uint8Array {
  /**
   * fflate checksums each entry in JavaScript through the CRC object it keeps as `c` (push calls c.p(chunk), then
   * c.d() for the value); with the caller's CRC-32 that object is replaced by one that calls it. Not public API:
   * when a fflate upgrade renames it, entries keep fflate's own CRC.
   */
  const useNativeCrc = (entry: ZipPassThrough): void => {
    const internal = entry as unknown as { c?: { p?: unknown; d?: unknown } };
    if (crc32 === undefined || typeof internal.c?.p !== 'function' || typeof internal.c?.d !== 'function') return;
    let value = 0;
    internal.c = { p: (chunk: Uint8Array) => void (value = crc32(chunk, value)), d: () => value | 0 };
  };
  class Stored extends ZipPassThrough {
    constructor(filename: string) {
      super(filename);
      useNativeCrc(this);
    }
  }
  class Deflated extends ZipPassThrough {
    constructor(filename: string) {
      super(filename);
      this.compression = 8;
      useNativeCrc(this);
    }
    // fflate's typings want an ArrayBuffer-backed chunk; every chunk here is.
    override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
      this.ondata(null, deflateRaw(chunk), final);
    }
  }
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, bytes] of parts) {
    // Pictures (and fonts) are stored: see isStored.
    const file = isStored(path) ? new Stored(path) : new Deflated(path);
    zip.add(file);
    file.push(bytes, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function docxCompiler(): DocxCompiler | undefined {
  const compiler = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof compiler?.compile === 'function' ? (compiler as DocxCompiler) : undefined;
}

/** True while the fast path is available (for the test that notices a docx upgrade removing it). */
export const canPackDirectly = (): boolean => docxCompiler() !== undefined;
