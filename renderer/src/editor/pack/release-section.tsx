import { memo } from 'react';
import type { SourceState } from '../../../../shared/ipc';
import { asArray, asRecord, asText } from '../json-path';
import { sourceKey, sourceOf } from './use-sources';

interface ReleaseSectionProps {
  readonly section: unknown;
  /** What pack:check-sources said about the sources, by sourceKey. */
  readonly states: ReadonlyMap<string, SourceState>;
  readonly busy: boolean;
  /** Copies the release again from its source project. */
  readonly onUpdate: () => void;
  /** Opens the dialog to put another release in its place. */
  readonly onReplace: () => void;
}

const when = (iso: string): string => {
  const time = Date.parse(iso);
  return Number.isNaN(time)
    ? iso
    : new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(time);
};

/**
 * An included press release: what it is (headline, date, length), where it was copied from and when, and, when that
 * project has changed since, a notice with "Update from <project>". The copy is not edited here: its words belong to
 * the release project, so changes made there reach the pack by updating, and never drift apart unnoticed.
 */
export const ReleaseSection = memo(function ReleaseSection({ section, states, busy, onUpdate, onReplace }: ReleaseSectionProps) {
  const release = asRecord(asRecord(section).release);
  const source = sourceOf(section);
  const state = source ? states.get(sourceKey(source)) : undefined;
  const blocks = asArray(release.body).length;
  const from = state?.title ?? source?.title ?? source?.name ?? '';
  return (
    <div className="pack-release">
      <p className="included-headline">
        <strong>{asText(release.headline) || 'Release without a headline'}</strong>
        <br />
        <span className="hint">
          {asText(release.date) ? `Dated ${asText(release.date)}. ` : ''}
          {blocks} {blocks === 1 ? 'block' : 'blocks'} in the story.
        </span>
      </p>
      {source ? (
        <p className="hint">
          Copied from “{source.title ?? source.name}” ({source.name}) on {when(source.copiedAt)}.
        </p>
      ) : (
        <p className="hint">This release was written into the pack, not copied from a project.</p>
      )}
      <div role="status" className="source-status">
        {state && state.state !== 'same' && (
          <p className="notice">
            {state.state === 'changed' ? `Changed since it was copied: ${state.message}` : state.message}
          </p>
        )}
      </div>
      <div className="add-buttons">
        {state?.state === 'changed' && (
          <button type="button" className="primary" disabled={busy} onClick={onUpdate}>
            Update from {from}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onReplace}>
          Replace with another release…
        </button>
      </div>
    </div>
  );
});
