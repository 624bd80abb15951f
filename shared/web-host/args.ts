import { parseArgs } from 'node:util';

export const USAGE = 'Usage: npm run web -- [--workspace <folder>] [--port <number>]';

export interface WebArgs {
  /** The workspace folder to use (its settings are kept inside it), or undefined for the usual one. */
  readonly workspace: string | undefined;
  /** 0 picks a free port. */
  readonly port: number;
  readonly help: boolean;
}

export type ParsedArgs = { readonly ok: true; readonly value: WebArgs } | { readonly ok: false; readonly message: string };

/** Reads `npm run web`'s arguments; a wrong one gives a sentence saying what is wrong, and the usage. */
export function parseWebArgs(argv: readonly string[]): ParsedArgs {
  let values: { workspace?: string | undefined; port?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { workspace: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: `${(error as Error).message}\n${USAGE}` };
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) {
    return { ok: false, message: `--port must be a number from 0 to 65535 (0 picks a free one), not "${values.port}".\n${USAGE}` };
  }
  if (values.workspace !== undefined && values.workspace.trim() === '') {
    return { ok: false, message: `--workspace needs a folder.\n${USAGE}` };
  }
  return { ok: true, value: { workspace: values.workspace, port, help: values.help === true } };
}
