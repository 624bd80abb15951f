import { useCallback, useEffect, useState } from 'react';
import { bridge } from './ipc/client';
import { ProjectBrowser } from './projects/project-browser';
import { PeopleDirectory } from './people/people-directory';
import { ReleaseEditor } from './editor/release-editor';

/** Which screen is showing. The editor names its project by folder name, as the contract does. */
export type Screen = { readonly kind: 'projects' } | { readonly kind: 'people' } | { readonly kind: 'editor'; readonly name: string };

export interface Navigation {
  readonly go: (screen: Screen) => void;
}

/** The app: a top bar to move between the project browser and the people directory, and the current screen. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'projects' });
  const go = useCallback((next: Screen) => setScreen(next), []);

  useEffect(() => {
    document.title = screen.kind === 'editor' ? `${screen.name} – Pressdesk` : screen.kind === 'people' ? 'People – Pressdesk' : 'Projects – Pressdesk';
  }, [screen]);

  // Electron's File menu: "New release" and "Open" both lead to the project browser, which offers them.
  useEffect(() => bridge.onMenu?.((command) => {
    if (command === 'new-release' || command === 'open') setScreen({ kind: 'projects' });
  }), []);

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Pressdesk</span>
        <nav aria-label="Main">
          <button type="button" className="link-button" aria-current={screen.kind === 'projects' ? 'page' : undefined} onClick={() => go({ kind: 'projects' })}>
            Projects
          </button>
          <button type="button" className="link-button" aria-current={screen.kind === 'people' ? 'page' : undefined} onClick={() => go({ kind: 'people' })}>
            People
          </button>
        </nav>
      </header>
      {screen.kind === 'projects' && <ProjectBrowser go={go} />}
      {screen.kind === 'people' && <PeopleDirectory />}
      {screen.kind === 'editor' && <ReleaseEditor key={screen.name} name={screen.name} go={go} />}
    </div>
  );
}
