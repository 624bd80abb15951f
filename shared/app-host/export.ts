import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import { exportProject } from '../export';
import { ProjectName } from '../ipc';
import { BIN_DIR, EXPORTS_DIR, readDraft } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';

export function exportHandlers(context: HostContext): Pick<Handlers, 'export:run' | 'export:open' | 'export:show'> {
  /** The real path of a file in some project's exports folder of the current workspace; refuses anything else. */
  const exportedFile = async (file: string): Promise<string> => {
    const workspace = await context.workspace();
    const refuse = () =>
      new PressdeskError(
        `Pressdesk only opens files it exported, from a project's exports folder in ${workspace}; ${file} is not one. Open it from your file manager instead.`,
      );
    if (!path.isAbsolute(file)) throw refuse();
    let real: string;
    let root: string;
    try {
      [real, root] = await Promise.all([realpath(file), realpath(workspace)]);
    } catch {
      throw new PressdeskError(`${file} cannot be found; it may have been moved or deleted. Export the project again.`);
    }
    const [project, folder, ...rest] = path.relative(root, real).split(path.sep);
    const inside =
      project !== undefined &&
      ProjectName.safeParse(project).success &&
      project.toLowerCase() !== BIN_DIR &&
      folder === EXPORTS_DIR &&
      rest.length > 0 &&
      rest.every((segment) => segment !== '..' && segment !== '');
    if (!inside || !(await stat(real)).isFile()) throw refuse();
    return real;
  };
  const needsDesktop = (file: string) => new PressdeskError(`Opening files needs the desktop app; the file is saved at ${file}.`);

  return {
    async 'export:run'({ name, formats }) {
      const dir = await context.projectDir(name);
      // After any save already asked for, so the export has the latest words.
      return context.lanes.run(path.resolve(dir), async () => {
        const result = await exportProject(dir, { formats });
        const notices = [...result.notices];
        const draft = await readDraft(dir).catch(() => undefined);
        if (draft?.ok) {
          notices.push(
            `${name}: the export has the last saved version of the project. Changes not yet complete enough to save are not in it; fix the problems listed and export again.`,
          );
        }
        return { files: result.files.map(({ format, path: file, bytes }) => ({ format, path: file, bytes })), notices };
      });
    },

    async 'export:open'({ path: file }) {
      const real = await exportedFile(file);
      if (!context.config.openPath) throw needsDesktop(real);
      await context.config.openPath(real);
      return { ok: true as const };
    },

    async 'export:show'({ path: file }) {
      const real = await exportedFile(file);
      if (!context.config.showInFolder) throw needsDesktop(real);
      context.config.showInFolder(real);
      return { ok: true as const };
    },
  };
}
