import { useLayoutEffect, useRef } from 'react';

/** A ref that always holds the newest value, for listeners subscribed once (Electron menu commands). */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
