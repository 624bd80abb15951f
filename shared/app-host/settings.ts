import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileDurably } from '../storage';

/** What the host remembers between runs. Unknown fields are kept, for a newer Pressdesk sharing the file. */
const SettingsSchema = z.looseObject({ workspace: z.string().min(1).optional() });
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * The settings in `file`, or the defaults (no workspace chosen) when the file is missing or not usable: a corrupt
 * settings file must never stop Pressdesk starting, and choosing the folder again rewrites it.
 */
export async function readSettings(file: string): Promise<Settings> {
  try {
    const result = SettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return result.success ? result.data : {};
  } catch {
    return {};
  }
}

export async function writeSettings(file: string, settings: Settings): Promise<void> {
  await writeFileDurably(file, `${JSON.stringify(settings, null, 2)}\n`, { project: "Pressdesk's settings" });
}
