import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { PressdeskError } from '../errors';
import { exportProject } from '../export';
import { ProjectName } from '../ipc';
import { BIN_DIR, EXPORTS_DIR, readDraft } from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';

export function exportHandlers(context: HostContext): Pick<Handlers, 'export:run' | 'export:open' | 'export:show'> {
  /** Files this host exported to a folder the user chose, which may be outside the workspace. */
  const exportedElsewhere = new Set<string>();

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
    // Only what export writes: a program left in a project's exports folder is never handed to the system to open.
    const exported = /\.(docx|pdf)$/i.test(real);
    if (!exported || !(inside || exportedElsewhere.has(real)) || !(await stat(real)).isFile()) throw refuse();
    return real;
  };
  const needsDesktop = (file: string) => new PressdeskError(`Opening files needs the desktop app; the file is saved at ${file}.`);

  return {
    async 'export:run'({ name, formats, choosePlace }) {
      const dir = await context.projectDir(name);
      let outDir: string | undefined;
      if (choosePlace) {
        if (!context.config.chooseFolder) {
          throw new PressdeskError(`${name}: choosing where to export needs the desktop app; exports go to the project's exports folder.`);
        }
        const chosen = await context.config.chooseFolder({ title: 'Export to which folder?', defaultPath: path.join(dir, EXPORTS_DIR) });
        if (chosen === null) return { files: [], notices: ['Export cancelled: no folder was chosen.'] };
        outDir = chosen;
      }
      // After any save already asked for, so the export has the latest words.
      return context.lanes.run(name, async () => {
        const result = await exportProject(dir, { formats, ...(outDir === undefined ? {} : { outDir }) });
        const notices = [...result.notices];
        if (outDir !== undefined) for (const file of result.files) exportedElsewhere.add(await realpath(file.path));
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
