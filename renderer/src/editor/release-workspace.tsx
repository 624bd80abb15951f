import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import { bridge, call } from '../ipc/client';
import { BrandPanel, type BrandNews } from './brand-panel';
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
  /** What the brand apply that led to this opening changed, to show in the Brand panel. */
  readonly brandNews?: BrandNews | null;
  /** The project opened again after a brand was applied: the editor starts afresh from it. */
  readonly onReopened?: (opened: OutputOf<'project:open'>, news: BrandNews) => void;
}

/**
 * The release editor once the project is open: the form on the left; export, checks and the live preview on the
 * right. One reducer holds the whole draft (with undo); autosave, checks and preview each follow its revisions.
 *
 * Drawing is kept to what changed, so typing stays quick in a long release: the context holds only the actions
 * (which never change), each section is memo'd and given its own slices of the draft, and the side panels are
 * memo'd on their own data (the preview and the problems, which change after a pause, not on each key).
 */
export function ReleaseWorkspace({ opened, onBack, brandNews = null, onReopened }: ReleaseWorkspaceProps) {
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

  /*
   * Applying a brand: the host writes the brand into project.json (or the draft beside it) itself, so first everything
   * typed is saved, and while the host works the form is inert (nothing typed then could be saved over the brand).
   * Then the project is opened again and the editor starts afresh from it (ReleaseEditor remounts this component):
   * its draft, undo history and autosave base all come from the project with the brand, so no later autosave, and no
   * undo, can put the old brand back.
   */
  const [applying, setApplying] = useState(false);
  const [brandError, setBrandError] = useState<string | null>(null);
  const flushSaves = saving.flush;
  const applyBrand = useCallback(
    async (brandId: string, brandName: string) => {
      setApplying(true);
      setBrandError(null);
      if (!(await flushSaves())) {
        setApplying(false);
        setBrandError('The brand was not applied, because your latest changes could not be saved. Use “Try again” beside the save status, then apply the brand.');
        return;
      }
      const applied = await call('project:apply-brand', { name, brandId });
      if (!applied.ok) {
        setApplying(false);
        setBrandError(`The brand “${brandName}” was not applied: ${applied.error.message}`);
        return;
      }
      const again = await call('project:open', { name });
      if (!again.ok) {
        // Stays inert: this editor's draft has the old brand, and must not be saved over the new one.
        setBrandError(`The brand “${brandName}” was applied, but the release could not be opened again to show it: ${again.error.message} Go back to All projects and open the release again.`);
        return;
      }
      onReopened?.(again.value, { brandName, changes: applied.value.changes, savedTo: applied.value.savedTo });
    },
    [name, flushSaves, onReopened],
  );
  const onApplyBrand = useCallback((id: string, brandName: string) => void applyBrand(id, brandName), [applyBrand]);
  const editorKeyDown = editor.onKeyDown;
  const onKeyDown = useCallback((event: KeyboardEvent) => !applying && editorKeyDown(event), [applying, editorKeyDown]);
  const actions = useMemo<EditorActions>(
    () => ({ name, directory: directory.people, edit, set, announce, focusSoon }),
    [name, directory.people, edit, set, announce, focusSoon],
  );

  // Electron's menus: Edit › Undo/Redo and File › Export act on this editor.
  const commands = useLatest({ undo: editor.undo, redo: editor.redo, exporting, applying });
  useEffect(
    () =>
      bridge.onMenu?.((command) => {
        const { undo, redo, exporting: current, applying: busy } = commands.current;
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

  const title = asText(project.title).trim() || name;
  const release = asRecord(project.release);
  const canUndo = editor.state.past.length > 0;
  const canRedo = editor.state.future.length > 0;

  return (
    <EditorContext.Provider value={actions}>
      <main className="editor" onKeyDown={onKeyDown}>
        <div className="editor-top">
          <button type="button" onClick={onBack}>
            All projects
          </button>
          <div className="history-buttons">
            <button type="button" onClick={editor.undo} disabled={!canUndo || applying} aria-keyshortcuts="Control+Z">
              Undo
            </button>
            <button type="button" onClick={editor.redo} disabled={!canRedo || applying} aria-keyshortcuts="Control+Shift+Z Control+Y">
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
        {applying && (
          <p className="notice" role="status">
            {brandError ?? 'Applying the brand… The release opens again with it in a moment.'}
          </p>
        )}
        <div className="editor-columns" inert={applying}>
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
            <BrandPanel brand={project.brand} news={brandNews} busy={applying} error={applying ? null : brandError} onApply={onApplyBrand} />
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
