import { useEffect, useMemo, useState } from 'react';
import { ReleaseSourceData, type SourceState } from '../../../../shared/ipc';
import { call } from '../../ipc/client';
import { asArray, asRecord } from '../json-path';

/** A source as the contract carries it, or undefined for a section without one (or one too broken to ask about). */
export const sourceOf = (section: unknown): ReleaseSourceData | undefined => {
  const parsed = ReleaseSourceData.safeParse(asRecord(section).source);
  return parsed.success ? parsed.data : undefined;
};

/** One key per source version: a section updated from its source gets a new hash, so a new key. */
export const sourceKey = (source: ReleaseSourceData): string => `${source.project}|${source.hash}`;

/**
 * What became of the projects the pack's included releases were copied from (pack:check-sources), by sourceKey: asked
 * when the set of sources changes, and again whenever the window comes back into focus (the source may have been
 * edited in the meantime, in this app or another).
 */
export function useSources(sections: unknown): { readonly states: ReadonlyMap<string, SourceState>; readonly recheck: () => void } {
  const sources = useMemo(() => asArray(sections).flatMap((section) => sourceOf(section) ?? []), [sections]);
  const key = sources.map(sourceKey).join('\n');
  const [states, setStates] = useState<ReadonlyMap<string, SourceState>>(new Map());
  const [asked, setAsked] = useState(0);

  useEffect(() => {
    const again = () => setAsked((count) => count + 1);
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);

  useEffect(() => {
    if (sources.length === 0) return;
    let live = true;
    void call('pack:check-sources', { sources }).then((result) => {
      if (!live || !result.ok) return;
      setStates(new Map(sources.map((source, index) => [sourceKey(source), result.value.states[index]!])));
    });
    return () => {
      live = false;
    };
    // `key` stands for `sources`: the same sources in a new array (any edit elsewhere) ask nothing new.
  }, [key, asked]);

  return useMemo(() => ({ states, recheck: () => setAsked((count) => count + 1) }), [states]);
}
