import { useCallback, useEffect, useRef, useState } from 'react';
import { bridge } from './ipc/client';
import { ProjectBrowser } from './projects/project-browser';
import { PeopleDirectory } from './people/people-directory';
import { ReleaseEditor } from './editor/release-editor';
import { BrandLibrary } from './brands/brand-library';
import { BrandEditor } from './brands/brand-editor';

/** Which screen is showing. The editor names its project by folder name, as the contract does. */
export type Screen =
  | { readonly kind: 'projects' }
  | { readonly kind: 'people' }
  | { readonly kind: 'brands' }
  | { readonly kind: 'brand'; readonly id: string }
  | { readonly kind: 'editor'; readonly name: string };

export interface Navigation {
  readonly go: (screen: Screen) => void;
}

/**
 * Asked before the app leaves a screen that may hold changes it could not save yet (the brand editor): resolves true
 * to leave. A screen sets one while it shows, and clears it (null) when it goes.
 */
export type LeaveGuard = () => Promise<boolean>;
export interface Guarded {
  readonly setLeaveGuard: (guard: LeaveGuard | null) => void;
}

const TITLES: Readonly<Record<Exclude<Screen['kind'], 'editor'>, string>> = {
  projects: 'Projects',
  people: 'People',
  brands: 'Brands',
  brand: 'Brand',
};

/** The app: a top bar to move between the project browser and the people directory, and the current screen. */
export function App() {
  const [screen, setScreen] = useState<Screen>({ kind: 'projects' });
  const [newAsked, setNewAsked] = useState<'release' | 'pack' | null>(null);
  const newOpened = useCallback(() => setNewAsked(null), []);
  const leaveGuard = useRef<LeaveGuard | null>(null);
  const setLeaveGuard = useCallback((guard: LeaveGuard | null) => {
    leaveGuard.current = guard;
  }, []);
  const go = useCallback((next: Screen) => {
    const guard = leaveGuard.current;
    if (guard === null) {
      setScreen(next);
      return;
    }
    void guard().then((leave) => {
      if (leave) setScreen(next);
    });
  }, []);

  useEffect(() => {
    document.title = `${screen.kind === 'editor' ? screen.name : TITLES[screen.kind]} – Pressdesk`;
  }, [screen]);

  // Electron's File menu: "Open" leads to the project browser; "New release" and "New briefing pack" also open the
  // browser's dialog for it.
  useEffect(
    () =>
      bridge.onMenu?.((command) => {
        if (command === 'new-release' || command === 'new-pack' || command === 'open') go({ kind: 'projects' });
        if (command === 'new-release') setNewAsked('release');
        if (command === 'new-pack') setNewAsked('pack');
      }),
    [go],
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
          <button type="button" className="link-button" aria-current={screen.kind === 'brands' || screen.kind === 'brand' ? 'page' : undefined} onClick={() => go({ kind: 'brands' })}>
            Brands
          </button>
        </nav>
      </header>
      {screen.kind === 'projects' && <ProjectBrowser go={go} newAsked={newAsked} onNewOpened={newOpened} />}
      {screen.kind === 'people' && <PeopleDirectory />}
      {screen.kind === 'brands' && <BrandLibrary go={go} />}
      {screen.kind === 'brand' && <BrandEditor key={screen.id} id={screen.id} go={go} setLeaveGuard={setLeaveGuard} />}
      {screen.kind === 'editor' && <ReleaseEditor key={screen.name} name={screen.name} go={go} />}
    </div>
  );
}
