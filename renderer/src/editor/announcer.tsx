import { useCallback, useState } from 'react';

/**
 * A polite live region for what happens without a visible change near the focus: a block moved or removed, undo.
 * The same sentence twice in a row is still announced (a non-breaking space alternates at its end).
 */
export function useAnnouncer(): { readonly message: string; readonly announce: (message: string) => void } {
  const [state, setState] = useState({ message: '', flip: false });
  const announce = useCallback((message: string) => setState((previous) => ({ message, flip: !previous.flip })), []);
  return { message: state.message + (state.flip ? '\u00a0' : ''), announce };
}

export function Announcer({ message }: { readonly message: string }) {
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="editor-announcer">
      {message}
    </div>
  );
}
