import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, MissingReaderError, pdfInfo, pdfToText, readDocx, ReaderFailedError } from './readers';

/** The readers fail loudly and usefully, so a test never passes because a reader read nothing. */

let dir: string;
let notADocx: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-readers-'));
  notADocx = join(dir, 'notes.docx');
  await writeFile(notADocx, 'These are my notes, not a Word file.');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readers', () => {
  it('readDocx refuses a file that is not a .docx, saying so', async () => {
    await expect(readDocx(notADocx)).rejects.toThrow(ReaderFailedError);
    await expect(readDocx(notADocx)).rejects.toThrow(/cannot read .*notes\.docx as a \.docx/);
  });

  it('pdfInfo and pdfToText refuse a file that is not a PDF', async () => {
    await expect(pdfInfo(notADocx)).rejects.toThrow(ReaderFailedError);
    await expect(pdfToText(notADocx)).rejects.toThrow(ReaderFailedError);
  });

  it('convertWithLibreOffice throws when LibreOffice makes nothing', async () => {
    const missing = join(dir, 'does-not-exist.docx');
    await expect(convertWithLibreOffice(missing, dir)).rejects.toThrow(/LibreOffice did not convert .*does-not-exist\.docx to pdf/);
  });

  it('says how to install a reader that is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = dir;
    try {
      const error = await pdfToText(notADocx).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(MissingReaderError);
      expect(String(error)).toContain('bash .ci/run installs the test readers (apt: poppler-utils');
    } finally {
      process.env.PATH = path;
    }
  });
});
