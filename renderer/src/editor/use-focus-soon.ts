import { useCallback, useLayoutEffect, useRef } from 'react';

const canFocus = (element: HTMLElement | null): element is HTMLElement =>
  element !== null && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0;

/**
 * Focus that follows the user's action once React has drawn its result (a moved block, a new field): the ids are
 * tried in order after every commit until one can take focus.
 */
export function useFocusSoon(): (...ids: string[]) => void {
  const wanted = useRef<string[] | null>(null);

  useLayoutEffect(() => {
    const ids = wanted.current;
    if (!ids) return;
    wanted.current = null;
    const target = ids.map((id) => document.getElementById(id)).find(canFocus);
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'nearest' });
    }
  });

  return useCallback((...ids: string[]) => {
    wanted.current = ids;
  }, []);
}
