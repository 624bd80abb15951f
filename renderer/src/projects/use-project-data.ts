import { useCallback, useEffect, useRef, useState } from 'react';
import type { BinRow, ProjectRow } from '../../../shared/ipc';
import { call } from '../ipc/client';

export interface ProjectData {
  /** The workspace's projects; null until the first answer. */
  readonly rows: readonly ProjectRow[] | null;
  readonly bin: readonly BinRow[];
  /** Why the list could not be read (the workspace folder is missing, say), or null. */
  readonly error: string | null;
  /** Reads the list and the bin again; resolves when both are in. */
  readonly refresh: () => Promise<void>;
}

const NO_ROWS: readonly ProjectRow[] = [];

/**
 * The project list and the bin, read together so the bin's count never disagrees with the list. Only the latest
 * refresh's answer is kept: a slow answer to an earlier one (before the folder changed) is dropped.
 */
export function useProjectData(): ProjectData {
  const [rows, setRows] = useState<readonly ProjectRow[] | null>(null);
  const [bin, setBin] = useState<readonly BinRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++latest.current;
    const [list, binned] = await Promise.all([call('projects:list', {}), call('projects:bin', {})]);
    if (mine !== latest.current) return;
    setRows(list.ok ? list.value.rows : NO_ROWS);
    setBin(binned.ok ? binned.value.rows : []);
    setError(!list.ok ? list.error.message : !binned.ok ? binned.error.message : null);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { rows, bin, error, refresh };
}
