import { useEffect, useMemo } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import { bridge } from '../ipc/client';
import { useAnnouncer } from './announcer';
import type { EditorActions } from './editor-context';
import { ExportPanel } from './export-panel';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useChecks } from './use-checks';
import { useEditorState, type EditorStateApi } from './use-editor-state';
import { useExport } from './use-export';
import { useFocusSoon } from './use-focus-soon';
import { useLatest } from './use-latest';
import { usePeopleDirectory } from './use-people';

/*
 * What the release editor and the pack editor share: one reducer holding the draft with undo, autosave (patches
 * from the revision the host opened it at), checks that follow the draft, export that saves first, the people
 * directory, Electron's Edit and File menus acting on the editor, and the bar above the form.
 */

/** The editing machinery for an opened project. While `paused` (a brand being applied), the menus do nothing. */
export function useProjectEditor(opened: OutputOf<'project:open'>, { paused = false }: { readonly paused?: boolean } = {}) {
  const { name } = opened;
  const { message, announce } = useAnnouncer();
  const editor = useEditorState(opened.project, announce);
  const { project, revision } = editor.state;
  const focusSoon = useFocusSoon();
  const directory = usePeopleDirectory();
  // The revision the host opened it at: the first save can then be a patch too, not the whole project.
  const saving = useAutosave(name, project, revision, { problems: opened.problems, revision: 0 }, { project: opened.project, revision: opened.revision });
  const problems = useChecks(project, revision, saving.hostProblems);
  const exporting = useExport(name, saving.flush);
  const { edit, set } = editor;
  const actions = useMemo<EditorActions>(
    () => ({ name, directory: directory.people, edit, set, announce, focusSoon }),
    [name, directory.people, edit, set, announce, focusSoon],
  );

  // Electron's menus: Edit › Undo/Redo and File › Export act on this editor.
  const commands = useLatest({ undo: editor.undo, redo: editor.redo, exporting, paused });
  useEffect(
    () =>
      bridge.onMenu?.((command) => {
        const { undo, redo, exporting: current, paused: busy } = commands.current;
        if (busy) return;
        if (command === 'undo') undo();
        else if (command === 'redo') redo();
        else if (command === 'export-docx') void current.run('docx');
        else if (command === 'export-pdf') void current.run('pdf');
        else if (command === 'show-exports') {
          const last = current.state.kind === 'done' ? current.state.files[0] : undefined;
          if (last) void current.reveal('export:show', last.path);
          else current.setFileMessage('Nothing has been exported from this project yet. Use Export Word or Export PDF first.');
        }
      }),
    [commands],
  );

  return { name, message, announce, editor, project, revision, directory, saving, problems, exporting, actions };
}

type ProjectEditor = ReturnType<typeof useProjectEditor>;

interface EditorTopProps {
  readonly editor: EditorStateApi;
  readonly saving: ProjectEditor['saving'];
  readonly onBack: () => void;
  /** Undo and Redo are off while the form is locked. */
  readonly locked?: boolean;
}

/** The bar above the form: back to the projects, Undo and Redo, and the save status. */
export function EditorTop({ editor, saving, onBack, locked = false }: EditorTopProps) {
  return (
    <div className="editor-top">
      <button type="button" onClick={onBack}>
        All projects
      </button>
      <div className="history-buttons">
        <button type="button" onClick={editor.undo} disabled={editor.state.past.length === 0 || locked} aria-keyshortcuts="Control+Z">
          Undo
        </button>
        <button type="button" onClick={editor.redo} disabled={editor.state.future.length === 0 || locked} aria-keyshortcuts="Control+Shift+Z Control+Y">
          Redo
        </button>
      </div>
      <SaveStatus status={saving.status} onRetry={() => void saving.retry()} />
    </div>
  );
}

/** What opening the project had to say (a backup restored, a draft loaded). */
export function OpenNotices({ notices }: { readonly notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice, index) => (
        <p key={index} className="notice">
          {notice}
        </p>
      ))}
    </div>
  );
}

/** The export panel for the project being edited. */
export function ProjectExportPanel({ exporting, project }: Pick<ProjectEditor, 'exporting' | 'project'>) {
  return (
    <ExportPanel
      state={exporting.state}
      fileMessage={exporting.fileMessage}
      project={project}
      onExport={(format, choosePlace) => void exporting.run(format, choosePlace)}
      onReveal={(channel, path) => void exporting.reveal(channel, path)}
    />
  );
}
