import type { OutputOf } from '../../../shared/ipc';
import { Announcer } from './announcer';
import { ChecksPanel } from './checks-panel';
import { EditorContext } from './editor-context';
import { MARKDOWN_HINT_ID } from './inline-text-field';
import { asRecord, asText } from './json-path';
import { PackFields } from './pack/pack-fields';
import { PackOutline } from './pack/pack-outline';
import { SectionsEditor } from './pack/sections-editor';
import { useSources } from './pack/use-sources';
import { EditorTop, OpenNotices, ProjectExportPanel, useProjectEditor } from './project-editor';

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
  const { name, message, editor, project, directory, saving, problems, exporting, actions } = useProjectEditor(opened);
  const pack = asRecord(project.pack);
  const sources = useSources(pack.sections);

  const title = asText(pack.title).trim() || asText(project.title).trim() || name;
  return (
    <EditorContext.Provider value={actions}>
      <main className="editor pack-editor" onKeyDown={editor.onKeyDown}>
        <EditorTop editor={editor} saving={saving} onBack={onBack} />
        <h1>{title}</h1>
        <OpenNotices notices={opened.notices} />
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
            <ProjectExportPanel exporting={exporting} project={project} />
            <ChecksPanel problems={problems} project={project} />
            <PackOutline project={project} />
          </div>
        </div>
        <Announcer message={message} />
      </main>
    </EditorContext.Provider>
  );
}
