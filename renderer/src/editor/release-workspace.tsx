import { useCallback, useState, type KeyboardEvent } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import { call } from '../ipc/client';
import { BrandPanel, type BrandNews } from './brand-panel';
import { Announcer } from './announcer';
import { BodyEditor } from './body-editor';
import { ChecksPanel } from './checks-panel';
import { ContactsEditor } from './contacts-editor';
import { EditorContext } from './editor-context';
import { MARKDOWN_HINT_ID } from './inline-text-field';
import { asRecord, asText } from './json-path';
import { NotesEditor } from './notes-editor';
import { PreviewPanel } from './preview-panel';
import { ReleaseFields } from './release-fields';
import { EditorTop, OpenNotices, ProjectExportPanel, useProjectEditor } from './project-editor';
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
  // True while a brand is being applied (see applyBrand below): the form is inert and the menus do nothing.
  const [applying, setApplying] = useState(false);
  const { name, message, editor, project, directory, saving, problems, exporting, actions } = useProjectEditor(opened, { paused: applying });
  const preview = usePreview(name, project);

  /*
   * Applying a brand: the host writes the brand into project.json (or the draft beside it) itself, so first everything
   * typed is saved, and while the host works the form is inert (nothing typed then could be saved over the brand).
   * Then the project is opened again and the editor starts afresh from it (ReleaseEditor remounts this component):
   * its draft, undo history and autosave base all come from the project with the brand, so no later autosave, and no
   * undo, can put the old brand back.
   */
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

  const title = asText(project.title).trim() || name;
  const release = asRecord(project.release);

  return (
    <EditorContext.Provider value={actions}>
      <main className="editor" onKeyDown={onKeyDown}>
        <EditorTop editor={editor} saving={saving} onBack={onBack} locked={applying} />
        <h1>{title}</h1>
        <OpenNotices notices={opened.notices} />
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
            <ProjectExportPanel exporting={exporting} project={project} />
            <ChecksPanel problems={problems} project={project} />
            <PreviewPanel preview={preview} />
          </div>
        </div>
        <Announcer message={message} />
      </main>
    </EditorContext.Provider>
  );
}
