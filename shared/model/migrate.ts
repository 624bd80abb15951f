import { CURRENT_VERSION } from './project';

/**
 * Upgrades a raw project object from one format version to the next. Pure: takes the parsed JSON of
 * version N and returns a new object of version N + 1, never touching the input or the disk. A migrated
 * project is only written back when the user saves, so opening a file never rewrites it.
 */
export type Migration = (raw: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` upgrades version n to n + 1. Version 1 is the first format, so there is none yet;
 * the first change of meaning adds `1: (v1) => v2` here and bumps CURRENT_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly from: number }
  | { readonly ok: false; readonly reason: 'too-new' | 'bad-version' | 'no-migration'; readonly version: unknown };

/** Brings `raw` up to `target` by applying each step in turn. */
export function migrate(
  raw: Readonly<Record<string, unknown>>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'bad-version', version };
  }
  if (version > target) return { ok: false, reason: 'too-new', version };
  let value: Record<string, unknown> = { ...raw };
  for (let step = version; step < target; step++) {
    const migration = migrations[step];
    if (!migration) return { ok: false, reason: 'no-migration', version: step };
    value = migration(value);
  }
  return { ok: true, value, from: version };
}
