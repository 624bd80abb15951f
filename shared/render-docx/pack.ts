import { Packer, type Document } from 'docx';
import { Zip, ZipPassThrough, zipSync, type ZipOptions } from 'fflate';
import { restoreFonts } from './font-parts';
import { restoreFurniture, type KeptFurniture } from './furniture-parts';
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
  /** Picture and font stand-ins and what they stand for (see RenderContext.mediaStandIn and fontStandIn), the
   *  headers and footers kept for the stand-ins docx was given (furniture-parts.ts), and parts kept from an earlier
   *  export to write over docx's or beside them (the font table and fonts docx was not given: font-table-parts.ts). */
  standIns: {
    readonly media: ReadonlyMap<Uint8Array, Uint8Array>;
    readonly fonts: ReadonlyMap<string, Uint8Array>;
    readonly furniture?: KeptFurniture;
    readonly keptParts?: readonly (readonly [string, Uint8Array])[];
  },
  /** Called with the package's parts before zipping (render-docx's caches keep parts from it). */
  inspect?: (files: ReadonlyMap<string, string | Uint8Array>) => void,
  /** Raw DEFLATE for the XML parts and CRC-32 for every entry (Node's zlib, from the export pipeline); fflate's own
   *  when absent. */
  native: { readonly deflateRaw?: (bytes: Uint8Array) => Uint8Array<ArrayBuffer>; readonly crc32?: (bytes: Uint8Array, previous?: number) => number } = {},
): Promise<Uint8Array> {
  const compiler = docxCompiler();
  const { media, fonts, furniture, keptParts = [] } = standIns;
  if (!compiler) {
    if (media.size > 0 || fonts.size > 0 || furniture !== undefined || keptParts.length > 0) {
      throw new Error('packDocx: stand-ins and kept parts need docx’s compiler; render without them');
    }
    return Packer.pack(document, 'uint8array', false, parts);
  }
  const files = compiler.compile(document, undefined, parts);
  const lasting = new Set([...restoreFonts(files, fonts), ...restoreFurniture(files, furniture)]);
  for (const [path, part] of keptParts) {
    files.set(path, part);
    lasting.add(part);
  }
  inspect?.(files);
  const packaged: [string, Uint8Array][] = [...files].map(([path, data]) => [path, typeof data === 'string' ? encoder.encode(data) : (media.get(data) ?? data)]);
  if (native.deflateRaw) return zipWith(packaged, native.deflateRaw, native.crc32, lasting);
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [path, bytes] of packaged) entries[path] = [bytes, { level: isStored(path) ? 0 : 6 }];
  return zipSync(entries);
}

/**
 * Stored, not deflated: pictures are JPEG or PNG, compressed already. Embedded fonts are deflated (about half the
 * size), once per font: their parts are the same bytes at every export (font-parts.ts), so zipWith keeps what it made.
 * Without the caller's deflate (no cache), they are stored, as deflating a brand font at every export doubled a
 * branded release's export time.
 */
const isStored = (path: string): boolean => path.startsWith('word/media/') || path.startsWith('word/fonts/');

/** Lasting parts already deflated, with their CRC-32, by the part's bytes and the deflate used. */
const compressedParts = new WeakMap<(bytes: Uint8Array) => Uint8Array, WeakMap<Uint8Array, { readonly deflated: Uint8Array; readonly crc: number }>>();

/**
 * fflate's streaming Zip with a DEFLATE of the caller's: fflate still writes the archive (headers, CRC, central
 * directory), the caller's function compresses. Node's native zlib takes half the time of fflate's JavaScript deflate
 * for a release's XML. fflate documents subclassing ZipPassThrough as the way to plug in another compressor.
 */
function zipWith(
  parts: readonly [string, Uint8Array][],
  deflateRaw: (bytes: Uint8Array) => Uint8Array<ArrayBuffer>,
  crc32: ((bytes: Uint8Array, previous?: number) => number) | undefined,
  /** Parts that are the same bytes from export to export (embedded fonts, kept headers, footers and font table):
   *  deflated once and kept, with their CRC. */
  lasting: ReadonlySet<Uint8Array> = new Set(),
): Uint8Array {
  let kept = compressedParts.get(deflateRaw);
  if (kept === undefined) compressedParts.set(deflateRaw, (kept = new WeakMap()));
  const compressed = kept;
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
  /** A part deflated at an earlier export: fflate is handed its compressed bytes and CRC instead of working them out. */
  class Kept extends ZipPassThrough {
    constructor(
      filename: string,
      private readonly done: { readonly deflated: Uint8Array; readonly crc: number },
    ) {
      super(filename);
      this.compression = 8;
      const internal = this as unknown as { c?: { p?: unknown; d?: unknown } };
      if (typeof internal.c?.p === 'function' && typeof internal.c?.d === 'function') internal.c = { p: () => undefined, d: () => done.crc | 0 };
    }
    override process(_chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
      this.ondata(null, this.done.deflated as Uint8Array<ArrayBuffer>, final);
    }
  }
  for (const [path, bytes] of parts) {
    let file: ZipPassThrough;
    if (lasting.has(bytes) && crc32 !== undefined) {
      let done = compressed.get(bytes);
      if (done === undefined) compressed.set(bytes, (done = { deflated: deflateRaw(bytes), crc: crc32(bytes) }));
      file = new Kept(path, done);
    } else {
      // Pictures (and fonts without the caller's CRC to keep with them) are stored: see isStored.
      file = isStored(path) ? new Stored(path) : new Deflated(path);
    }
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
