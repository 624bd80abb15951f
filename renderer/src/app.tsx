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
  const [newReleaseAsked, setNewReleaseAsked] = useState(false);
  const newReleaseOpened = useCallback(() => setNewReleaseAsked(false), []);
  const go = useCallback((next: Screen) => setScreen(next), []);

  useEffect(() => {
    document.title = screen.kind === 'editor' ? `${screen.name} – Pressdesk` : screen.kind === 'people' ? 'People – Pressdesk' : 'Projects – Pressdesk';
  }, [screen]);

  // Electron's File menu: "Open" leads to the project browser; "New release" also opens its New release dialog.
  useEffect(
    () =>
      bridge.onMenu?.((command) => {
        if (command === 'new-release' || command === 'open') setScreen({ kind: 'projects' });
        if (command === 'new-release') setNewReleaseAsked(true);
      }),
    [],
  );

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
      {screen.kind === 'projects' && <ProjectBrowser go={go} newReleaseAsked={newReleaseAsked} onNewReleaseOpened={newReleaseOpened} />}
      {screen.kind === 'people' && <PeopleDirectory />}
      {screen.kind === 'editor' && <ReleaseEditor key={screen.name} name={screen.name} go={go} />}
    </div>
  );
}
