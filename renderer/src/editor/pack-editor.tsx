import { useEffect } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import { bridge } from '../ipc/client';
import { ExportPanel } from './export-panel';
import { useExport } from './use-export';
import { useLatest } from './use-latest';

interface PackEditorProps {
  readonly opened: OutputOf<'project:open'>;
  readonly onBack: () => void;
}

const noSave = () => Promise.resolve(true);

/** Briefing packs are not editable in this version: the screen says so and offers export of the pack as it is. */
export function PackEditor({ opened, onBack }: PackEditorProps) {
  const exporting = useExport(opened.name, noSave);
  const run = useLatest(exporting.run);

  useEffect(
    () =>
      bridge.onMenu?.((command) => {
        if (command === 'export-docx') void run.current('docx');
        if (command === 'export-pdf') void run.current('pdf');
      }),
    [run],
  );

  return (
    <main className="editor">
      <div className="editor-top">
        <button type="button" onClick={onBack}>
          All projects
        </button>
      </div>
      <h1>{opened.project.title.trim() || opened.name}</h1>
      {opened.notices.map((notice, index) => (
        <p key={index} className="notice">
          {notice}
        </p>
      ))}
      <p>This is a briefing pack. Briefing packs are edited in a later version of Pressdesk; for now you can export the pack as it is.</p>
      <ExportPanel state={exporting.state} fileMessage={exporting.fileMessage} project={opened.project} onExport={(format, choosePlace) => void exporting.run(format, choosePlace)} onReveal={(channel, path) => void exporting.reveal(channel, path)} />
    </main>
  );
}
