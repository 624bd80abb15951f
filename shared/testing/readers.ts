/**
 * Independent readers for tests: python-docx for .docx, LibreOffice to convert, poppler and qpdf for PDF.
 * Tests read our output back with programs we did not write, so they check what a person would see.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
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
