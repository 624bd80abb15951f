import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/model';
import { call } from '../ipc/client';

/** The workspace people directory, for picking quote speakers; an error says why it could not be read. */
export function usePeopleDirectory(): { readonly people: readonly Person[]; readonly error: string | null } {
  const [state, setState] = useState<{ people: readonly Person[]; error: string | null }>({ people: [], error: null });
  useEffect(() => {
    let live = true;
    void call('people:list', {}).then((result) => {
      if (!live) return;
      setState(result.ok ? { people: result.value.people, error: null } : { people: [], error: result.error.message });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
