import { useEffect, useMemo } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import { bridge } from '../ipc/client';
import { Announcer, useAnnouncer } from './announcer';
import { ChecksPanel } from './checks-panel';
import { EditorContext, type EditorActions } from './editor-context';
import { ExportPanel } from './export-panel';
import { MARKDOWN_HINT_ID } from './inline-text-field';
import { asRecord, asText } from './json-path';
import { PackFields } from './pack/pack-fields';
import { PackOutline } from './pack/pack-outline';
import { SectionsEditor } from './pack/sections-editor';
import { useSources } from './pack/use-sources';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import { useChecks } from './use-checks';
import { useEditorState } from './use-editor-state';
import { useExport } from './use-export';
import { useFocusSoon } from './use-focus-soon';
import { useLatest } from './use-latest';
import { usePeopleDirectory } from './use-people';

interface PackEditorProps {
  readonly opened: OutputOf<'project:open'>;
  readonly onBack: () => void;
}

/**
 * The briefing pack editor: the pack's details and its sections on the left; export, checks and an outline on the
 * right. The same machinery as the release editor: one reducer holds the draft with undo (Ctrl+Z covers typing,
 * moves, removals and included releases alike), autosave sends patches, the checks follow the draft, export saves
 * first. Included releases are compared with their source projects (pack:check-sources) to say when they changed.
 */
export function PackEditor({ opened, onBack }: PackEditorProps) {
  const { name } = opened;
  const { message, announce } = useAnnouncer();
  const editor = useEditorState(opened.project, announce);
  const { project, revision } = editor.state;
  const focusSoon = useFocusSoon();
  const directory = usePeopleDirectory();
  const saving = useAutosave(name, project, revision, { problems: opened.problems, revision: 0 }, { project: opened.project, revision: opened.revision });
  const problems = useChecks(project, revision, saving.hostProblems);
  const exporting = useExport(name, saving.flush);
  const { edit, set } = editor;
  const actions = useMemo<EditorActions>(
    () => ({ name, directory: directory.people, edit, set, announce, focusSoon }),
    [name, directory.people, edit, set, announce, focusSoon],
  );
  const pack = asRecord(project.pack);
  const sources = useSources(pack.sections);

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

  const title = asText(pack.title).trim() || asText(project.title).trim() || name;
  return (
    <EditorContext.Provider value={actions}>
      <main className="editor pack-editor" onKeyDown={editor.onKeyDown}>
        <div className="editor-top">
          <button type="button" onClick={onBack}>
            All projects
          </button>
          <div className="history-buttons">
            <button type="button" onClick={editor.undo} disabled={editor.state.past.length === 0} aria-keyshortcuts="Control+Z">
              Undo
            </button>
            <button type="button" onClick={editor.redo} disabled={editor.state.future.length === 0} aria-keyshortcuts="Control+Shift+Z Control+Y">
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
              Alt+Up and Alt+Down move the section, question or row the cursor is in.
            </p>
            <PackFields title={pack.title} status={project.status} audience={pack.audience} date={pack.date} classification={pack.classification} />
            <SectionsEditor sections={pack.sections} people={project.people} sourceStates={sources.states} />
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
            <PackOutline project={project} />
          </div>
        </div>
        <Announcer message={message} />
      </main>
    </EditorContext.Provider>
  );
}
