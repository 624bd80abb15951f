import { useEffect, useMemo } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import { bridge } from '../ipc/client';
import { Announcer, useAnnouncer } from './announcer';
import { BodyEditor } from './body-editor';
import { ChecksPanel } from './checks-panel';
import { ContactsEditor } from './contacts-editor';
import { EditorContext, type EditorActions } from './editor-context';
import { ExportPanel } from './export-panel';
import { MARKDOWN_HINT_ID } from './inline-text-field';
import { asRecord, asText } from './json-path';
import { NotesEditor } from './notes-editor';
import { PreviewPanel } from './preview-panel';
import { ReleaseFields } from './release-fields';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useChecks } from './use-checks';
import { useEditorState } from './use-editor-state';
import { useExport } from './use-export';
import { useFocusSoon } from './use-focus-soon';
import { useLatest } from './use-latest';
import { usePeopleDirectory } from './use-people';
import { usePreview } from './use-preview';

interface ReleaseWorkspaceProps {
  readonly opened: OutputOf<'project:open'>;
  readonly onBack: () => void;
}

/**
 * The release editor once the project is open: the form on the left; export, checks and the live preview on the
 * right. One reducer holds the whole draft (with undo); autosave, checks and preview each follow its revisions.
 *
 * Drawing is kept to what changed, so typing stays quick in a long release: the context holds only the actions
 * (which never change), each section is memo'd and given its own slices of the draft, and the side panels are
 * memo'd on their own data (the preview and the problems, which change after a pause, not on each key).
 */
export function ReleaseWorkspace({ opened, onBack }: ReleaseWorkspaceProps) {
  const { name } = opened;
  const { message, announce } = useAnnouncer();
  const editor = useEditorState(opened.project, announce);
  const { project, revision } = editor.state;
  const focusSoon = useFocusSoon();
  const directory = usePeopleDirectory();
  // The revision the host opened it at: the first save can then be a patch too, not the whole project.
  const saving = useAutosave(name, project, revision, { problems: opened.problems, revision: 0 }, { project: opened.project, revision: opened.revision });
  const problems = useChecks(project, revision, saving.hostProblems);
  const preview = usePreview(name, project);
  const exporting = useExport(name, saving.flush);

  const { edit, set } = editor;
  const actions = useMemo<EditorActions>(
    () => ({ name, directory: directory.people, edit, set, announce, focusSoon }),
    [name, directory.people, edit, set, announce, focusSoon],
  );

  // Electron's menus: Edit › Undo/Redo and File › Export act on this editor.
  const commands = useLatest({ undo: editor.undo, redo: editor.redo, exporting });
  useEffect(
    () =>
      bridge.onMenu?.((command) => {
        const { undo, redo, exporting: current } = commands.current;
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

  const title = asText(project.title).trim() || name;
  const release = asRecord(project.release);
  const canUndo = editor.state.past.length > 0;
  const canRedo = editor.state.future.length > 0;

  return (
    <EditorContext.Provider value={actions}>
      <main className="editor" onKeyDown={editor.onKeyDown}>
        <div className="editor-top">
          <button type="button" onClick={onBack}>
            All projects
          </button>
          <div className="history-buttons">
            <button type="button" onClick={editor.undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
              Undo
            </button>
            <button type="button" onClick={editor.redo} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
              Redo
            </button>
          </div>
          <SaveStatus status={saving.status} onRetry={() => void saving.retry()} />
        </div>
        <h1>{title}</h1>
        {opened.notices.length > 0 && (
          <div className="notices">
            {opened.notices.map((notice, index) => (
              <p key={index} className="notice">
                {notice}
              </p>
            ))}
          </div>
        )}
        <div className="editor-columns">
          <div className="editor-form">
            <p className="hint markdown-hint" id={MARKDOWN_HINT_ID}>
              Text can have **bold**, *italic* and [link words](https://…). Select words and use Bold, Italic or Link (or Ctrl+B, Ctrl+I, Ctrl+K).
            </p>
            <ReleaseFields
              title={project.title}
              status={project.status}
              headline={release.headline}
              summary={release.summary}
              date={release.date}
              location={release.location}
              reference={release.reference}
              embargo={release.embargo}
            />
            <BodyEditor body={release.body} people={project.people} />
            <NotesEditor notes={release.notes} heading={release.notesHeading} />
            <ContactsEditor contacts={release.contacts} />
            {directory.error && <p className="error-message">The people directory could not be read: {directory.error}</p>}
          </div>
          <div className="editor-side">
            <ExportPanel
              state={exporting.state}
              fileMessage={exporting.fileMessage}
              project={project}
              onExport={(format, choosePlace) => void exporting.run(format, choosePlace)}
              onReveal={(channel, path) => void exporting.reveal(channel, path)}
            />
            <ChecksPanel problems={problems} project={project} />
            <PreviewPanel preview={preview} />
          </div>
        </div>
        <Announcer message={message} />
      </main>
    </EditorContext.Provider>
  );
}
