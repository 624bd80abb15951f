import { useCallback, useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/ipc';
import type { Screen } from '../app';
import { call } from '../ipc/client';
import { PackEditor } from './pack-editor';
import type { BrandNews } from './brand-panel';
import { ReleaseWorkspace } from './release-workspace';
import './editor.css';

type Opened = OutputOf<'project:open'>;

/**
 * `generation` counts the times the project was opened in this editor: after a brand is applied the host has written
 * the project, so the editor opens it again and starts afresh (new draft, history and autosave base), keyed by it.
 */
type Loading =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'open'; readonly opened: Opened; readonly generation: number; readonly brandNews: BrandNews | null };

export interface ReleaseEditorProps {
  /** The project's folder name in the workspace. */
  readonly name: string;
  readonly go: (screen: Screen) => void;
}

/**
 * The editor screen for one project: opens it (project:open), then edits a release, or offers export for a briefing
 * pack. Rendered with `key={name}`, so another project gets a fresh editor and nothing leaks between them.
 */
export function ReleaseEditor({ name, go }: ReleaseEditorProps) {
  const [loading, setLoading] = useState<Loading>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void call('project:open', { name }).then((result) => {
      if (!live) return;
      setLoading(result.ok ? { kind: 'open', opened: result.value, generation: 0, brandNews: null } : { kind: 'failed', message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [name]);

  const back = () => go({ kind: 'projects' });
  const reopened = useCallback(
    (opened: Opened, brandNews: BrandNews) =>
      setLoading((before) => ({ kind: 'open', opened, brandNews, generation: before.kind === 'open' ? before.generation + 1 : 0 })),
    [],
  );

  if (loading.kind === 'open') {
    const { opened } = loading;
    return opened.project.kind === 'pack' ? (
      <PackEditor opened={opened} onBack={back} />
    ) : (
      <ReleaseWorkspace key={loading.generation} opened={opened} onBack={back} brandNews={loading.brandNews} onReopened={reopened} />
    );
  }
  return (
    <main className="editor">
      <div className="editor-top">
        <button type="button" onClick={back}>
          All projects
        </button>
      </div>
      <h1>{name}</h1>
      {loading.kind === 'loading' ? (
        <p role="status">Opening the project…</p>
      ) : (
        <p className="error-message" role="alert">
          The project could not be opened: {loading.message}
        </p>
      )}
    </main>
  );
}
