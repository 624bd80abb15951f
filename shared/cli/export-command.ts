import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PressdeskError } from '../errors';
import { checkProject, exportProject, type ExportFormat, type ExportOptions } from '../export';

export const USAGE = `Usage: npm run export -- <project-folder> [--format docx|pdf|both] [--out <folder>] [--check]

  <project-folder>   a Pressdesk project folder (it holds project.json)
  --format           docx (default), pdf or both
  --out <folder>     where to write the files (default: <project-folder>/exports/)
  --check            only check the project and its pictures; write nothing
  --help             show this help

Exit status: 0 done, 1 the project or one of its files cannot be used, 2 wrong usage.`;

/** Where the command writes; injectable so tests run it in-process. */
export interface CommandIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /**
   * The folder relative paths are read from. `npm run` starts scripts in the package's own folder, so the
   * entry point passes npm's INIT_CWD: the folder the person typed the command in.
   */
  readonly cwd?: string;
}

const FORMATS: Readonly<Record<string, readonly ExportFormat[]>> = { docx: ['docx'], pdf: ['pdf'], both: ['docx', 'pdf'] };

class UsageError extends Error {}

interface Command {
  readonly folder: string;
  readonly formats: readonly ExportFormat[];
  readonly out: string | undefined;
  readonly check: boolean;
  readonly help: boolean;
}

function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { folder: '', formats: [], out: undefined, check: false, help: true };
  if (positionals.length === 0) throw new UsageError('Name the project folder to export.');
  if (positionals.length > 1) throw new UsageError(`Name one project folder at a time (got ${positionals.length}: ${positionals.join(', ')}).`);
  const formatName = values.format ?? 'docx';
  const formats = FORMATS[formatName];
  if (!formats) throw new UsageError(`--format must be docx, pdf or both, not "${formatName}".`);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('--out needs a folder.');
  return { folder: positionals[0]!, formats, out: values.out, check: values.check ?? false, help: false };
}

/**
 * Runs `npm run export`; returns the exit status instead of exiting, so tests can call it. `worker` is who loads
 * the pictures and compresses the PDF's pages (the bundled command passes its ExportWorker's); default: this thread.
 */
export async function runExportCommand(argv: readonly string[], io: CommandIo, worker: Pick<ExportOptions, 'loadPicture' | 'deflatePages' | 'workerDone'> = {}): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    io.err('');
    io.err(USAGE);
    return 2;
  }
  if (command.help) {
    io.out(USAGE);
    return 0;
  }
  const folder = resolve(io.cwd ?? process.cwd(), command.folder);
  const out = command.out === undefined ? undefined : resolve(io.cwd ?? process.cwd(), command.out);
  try {
    if (command.check) {
      const checked = await checkProject(folder, worker);
      checked.notices.forEach((notice) => io.err(`Note: ${notice}`));
      io.out(`${checked.project}: no problems found; ready to export.`);
      return 0;
    }
    const result = await exportProject(folder, { formats: command.formats, ...(out !== undefined ? { outDir: out } : {}), ...worker });
    result.notices.forEach((notice) => io.err(`Note: ${notice}`));
    for (const file of result.files) io.out(`Wrote ${file.path} (${formatSize(file.bytes)})`);
    return 0;
  } catch (error) {
    io.err(describeFailure(error));
    return 1;
  }
}

function describeFailure(error: unknown): string {
  // Our own error classes carry messages written for the user: where, what, and what to do.
  if (error instanceof PressdeskError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Pressdesk hit a problem it did not expect and wrote nothing: ${detail}\nPlease report this with the project folder attached.`;
}

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
