/**
 * Independent readers for tests: python-docx for .docx, LibreOffice to convert, poppler and qpdf for PDF, fontconfig
 * for fonts.
 * Tests read our output back with programs we did not write, so they check what a person would see.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocxReading } from './docx-reading';
import { MissingReaderError, ReaderFailedError } from './reader-errors';
import { run } from './run-reader';

export type * from './docx-reading';
export { MissingReaderError, ReaderFailedError } from './reader-errors';

const PYTHON = '/usr/bin/python3';
const READ_DOCX = fileURLToPath(new URL('./read_docx.py', import.meta.url));

// ------------------------------------------------------------------ DOCX

const runReadDocx = async (args: readonly string[]): Promise<string> => {
  if (!existsSync(PYTHON)) throw new MissingReaderError(PYTHON);
  try {
    return (await run(PYTHON, [READ_DOCX, ...args], { reader: 'python-docx (read_docx.py)' })).stdout;
  } catch (error) {
    // read_docx.py exits 3 when python-docx cannot be imported.
    if (error instanceof ReaderFailedError && /exited with 3\b/.test(error.message)) throw new MissingReaderError('python-docx');
    throw error;
  }
};

/** The document as python-docx reads it: paragraphs and their styles, tables, pictures, links, furniture, properties. */
export const readDocx = async (path: string): Promise<DocxReading> => JSON.parse(await runReadDocx([path])) as DocxReading;

/** sha256 of each part of the package, by part name: equal maps mean the same document, whatever the zip dates. */
export const docxPartDigests = async (path: string): Promise<Record<string, string>> =>
  JSON.parse(await runReadDocx([path, '--parts'])) as Record<string, string>;

/** A font embedded in a .docx, as Word finds it: its entry in word/fontTable.xml and its part, de-obfuscated. */
export interface DocxEmbeddedFont {
  /** w:font/@w:name: the family the document's styles name. */
  readonly family: string;
  /** The face it is embedded as: Regular, Bold, Italic or BoldItalic (w:embedRegular …). */
  readonly face: string;
  /** The part, e.g. word/fonts/font1.odttf. */
  readonly part: string;
  /** The font file, its obfuscation undone with the key in the font table. */
  readonly bytes: Uint8Array;
}

/**
 * Every embedded font, read with Python's zipfile and ElementTree. ECMA-376 Part 2 font obfuscation: the first 32
 * bytes of the font are XORed with the w:fontKey GUID's 16 bytes in reverse order, which this undoes.
 */
export const docxEmbeddedFonts = async (path: string): Promise<DocxEmbeddedFont[]> => {
  const script = `
import base64, json, sys, zipfile, xml.etree.ElementTree as ET
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
z = zipfile.ZipFile(sys.argv[1])
found = []
if "word/_rels/fontTable.xml.rels" in z.namelist():
    rels = {rel.get("Id"): rel.get("Target") for rel in ET.fromstring(z.read("word/_rels/fontTable.xml.rels"))}
    for font in ET.fromstring(z.read("word/fontTable.xml")).iter(W + "font"):
        for embed in font:
            if not embed.tag.startswith(W + "embed"):
                continue
            part = "word/" + rels[embed.get(R + "id")]
            key = bytes.fromhex(embed.get(W + "fontKey").strip("{}").replace("-", ""))[::-1]
            data = bytearray(z.read(part))
            for i in range(32):
                data[i] ^= key[i % 16]
            found.append({"family": font.get(W + "name"), "face": embed.tag[len(W + "embed"):], "part": part, "bytes": base64.b64encode(bytes(data)).decode()})
print(json.dumps(found))`;
  const { stdout } = await run(PYTHON, ['-c', script, path], { reader: 'python3 zipfile' });
  return (JSON.parse(stdout) as (Omit<DocxEmbeddedFont, 'bytes'> & { bytes: string })[]).map((font) => ({ ...font, bytes: new Uint8Array(Buffer.from(font.bytes, 'base64')) }));
};

// ------------------------------------------------------------------ Fonts

/** A font file as fontconfig reads it (FreeType underneath, as LibreOffice on Linux uses it). */
export interface FontReading {
  /** Its family names (name table: the typographic family first where it has one). */
  readonly families: readonly string[];
  /** Every character it has a glyph for, from its cmap. */
  readonly codePoints: ReadonlySet<number>;
}

/** `fc-query` on the font's bytes: fails (ReaderFailedError) on bytes it cannot read as a font. */
export const readFont = async (bytes: Uint8Array): Promise<FontReading> => {
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-font-'));
  try {
    const file = join(dir, 'font.ttf');
    await writeFile(file, bytes);
    const { stdout } = await run('fc-query', ['--format', '%{family}\\n%{charset}\\n', file], { reader: 'fc-query (fontconfig)' });
    const [families = '', charset = ''] = stdout.split('\n');
    const codePoints = new Set<number>();
    // Ranges of hex code points: "20-7e a0-17f 20ac".
    for (const range of charset.trim().split(/\s+/).filter(Boolean)) {
      const [first, last = first] = range.split('-').map((hex) => Number.parseInt(hex, 16));
      for (let codePoint = first!; codePoint <= last!; codePoint++) codePoints.add(codePoint);
    }
    return { families: families.split(',').filter(Boolean), codePoints };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Whether fontconfig knows a family on this machine (`fc-list`): an installed font LibreOffice could use in place of an embedded one. */
export const fontIsInstalled = async (family: string): Promise<boolean> =>
  (await run('fc-list', [family, 'family'], { reader: 'fc-list (fontconfig)' })).stdout.trim() !== '';

// ------------------------------------------------------------------ LibreOffice

/**
 * Converts a document with LibreOffice (`soffice --headless --convert-to`) and returns the output's path.
 * Each call has its own throwaway LibreOffice profile, so tests can convert in parallel. `format` is what
 * --convert-to takes: "pdf", or with a filter and options, e.g.
 * `pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}`.
 */
export const convertWithLibreOffice = async (inputPath: string, outDir: string, format = 'pdf'): Promise<string> => {
  const profile = await mkdtemp(join(tmpdir(), 'pressdesk-lo-profile-'));
  const extension = format.split(':')[0] ?? format;
  const output = join(outDir, `${basename(inputPath, extname(inputPath))}.${extension}`);
  try {
    const { stdout, stderr } = await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--nologo',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        inputPath,
      ],
      { reader: 'LibreOffice (soffice)', timeoutMs: 120_000 },
    );
    // soffice exits 0 even when it could not convert; the missing file is the only sign.
    const made = await stat(output).catch(() => undefined);
    if (made === undefined || made.size === 0) {
      throw new ReaderFailedError(`LibreOffice did not convert ${inputPath} to ${extension}: ${[stderr.trim(), stdout.trim()].filter(Boolean).join('\n')}`);
    }
    return output;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
};

// ------------------------------------------------------------------ PDF

export interface PdfToTextOptions {
  readonly firstPage?: number;
  readonly lastPage?: number;
  /** Keep the physical layout (pdftotext -layout) rather than reading order. */
  readonly layout?: boolean;
}

/** The text of a PDF, as poppler's pdftotext extracts it (pages separated by form feeds). */
export const pdfToText = async (path: string, options: PdfToTextOptions = {}): Promise<string> => {
  const args = ['-enc', 'UTF-8'];
  if (options.firstPage !== undefined) args.push('-f', String(options.firstPage));
  if (options.lastPage !== undefined) args.push('-l', String(options.lastPage));
  if (options.layout === true) args.push('-layout');
  return (await run('pdftotext', [...args, path, '-'], { reader: 'pdftotext (poppler-utils)' })).stdout;
};

export interface PdfInfo {
  readonly pages: number;
  readonly title: string | null;
  readonly author: string | null;
  readonly creator: string | null;
  readonly producer: string | null;
  /** "Tagged: yes": the PDF has a structure tree for screen readers. */
  readonly tagged: boolean;
  /** Page size as pdfinfo prints it, e.g. "595.304 x 841.89 pts (A4)". */
  readonly pageSize: string | null;
  /** Every line pdfinfo printed, by its label. */
  readonly fields: Readonly<Record<string, string>>;
}

/** What poppler's pdfinfo says about a PDF; it fails on a PDF it cannot parse. */
export const pdfInfo = async (path: string): Promise<PdfInfo> => {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path], { reader: 'pdfinfo (poppler-utils)' });
  const fields: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  const field = (name: string): string | null => fields[name] ?? null;
  return {
    pages: Number(fields.Pages ?? 0),
    title: field('Title'),
    author: field('Author'),
    creator: field('Creator'),
    producer: field('Producer'),
    tagged: fields.Tagged === 'yes',
    pageSize: field('Page size'),
    fields,
  };
};

export interface PdfOutlineItem {
  readonly title: string;
  readonly children: readonly PdfOutlineItem[];
}

interface QpdfOutline {
  readonly title?: string;
  readonly kids?: readonly QpdfOutline[];
}

/** The PDF's bookmarks (document outline), as qpdf reads them; empty when it has none. */
export const pdfOutline = async (path: string): Promise<PdfOutlineItem[]> => {
  const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', path], { reader: 'qpdf', okExitCodes: [3] });
  const parsed = JSON.parse(stdout) as { readonly outlines?: readonly QpdfOutline[] };
  const convert = (item: QpdfOutline): PdfOutlineItem => ({ title: item.title ?? '', children: (item.kids ?? []).map(convert) });
  return (parsed.outlines ?? []).map(convert);
};

/** One row of `pdffonts`: the font's name, type, and whether it is embedded and subset. */
export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
  readonly subset: boolean;
  readonly unicode: boolean;
}

/** The fonts poppler's pdffonts lists for a PDF. */
export const pdfFonts = async (path: string): Promise<PdfFont[]> => {
  const { stdout } = await run('pdffonts', [path], { reader: 'pdffonts (poppler-utils)' });
  // name type encoding emb sub uni object ID: the name has no spaces; the type can ("CID TrueType").
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new ReaderFailedError(`pdffonts printed a line this reader does not understand: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
    });
};

/** `qpdf --check`: throws with qpdf's output when the file has errors (warnings pass, exit 3). */
export const qpdfCheck = async (path: string): Promise<string> =>
  (await run('qpdf', ['--check', path], { reader: 'qpdf', okExitCodes: [3] })).stdout;

/** The structure tree with its text, as `pdfinfo -struct-text` prints it. */
export const pdfStructureText = async (path: string): Promise<string> =>
  (await run('pdfinfo', ['-enc', 'UTF-8', '-struct-text', path], { reader: 'pdfinfo (poppler-utils)' })).stdout;
