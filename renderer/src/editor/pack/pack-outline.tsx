import { memo, useDeferredValue } from 'react';
import { readPeople } from '../attribution-text';
import { asArray, asRecord, asText } from '../json-path';
import { SECTION_NAMES, isSectionType } from './section-kinds';

/** Inline Markdown as the words a reader sees: link words without their address, no emphasis marks. */
const words = (value: unknown): string =>
  asText(value)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*+/g, '');

/**
 * The pack as an outline: cover facts, contents, and each section's items in order. The exported pack is composed by
 * the host (cover, contents page, marking on every page); this is the quick check of what is in it and in what order.
 * It follows a deferred copy of the draft, so typing never waits for it.
 */
export const PackOutline = memo(function PackOutline({ project }: { readonly project: unknown }) {
  const shown = useDeferredValue(project);
  const pack = asRecord(asRecord(shown).pack);
  const sections = asArray(pack.sections);
  const people = readPeople(asRecord(shown).people);
  const marking = typeof pack.classification === 'string' && pack.classification.trim() ? pack.classification.trim() : null;
  return (
    <section className="panel pack-outline" aria-labelledby="pack-outline-heading">
      <h2 id="pack-outline-heading">Outline</h2>
      <div className="preview-page">
        {marking && <p className="outline-marking">{marking}</p>}
        <p className="outline-title">{asText(pack.title) || 'Untitled pack'}</p>
        <p>
          {asText(pack.audience) && <>For {asText(pack.audience)}. </>}
          {asText(pack.date)}
        </p>
        <p className="outline-contents-heading">Contents</p>
        <ol className="outline-contents">
          {sections.map((section, index) => (
            <li key={index}>{asText(asRecord(section).title) || 'Untitled section'}</li>
          ))}
        </ol>
        {sections.map((section, index) => {
          const record = asRecord(section);
          const type = record.type;
          return (
            <div key={index} className="outline-section">
              <p className="outline-section-title">
                {index + 1}. {asText(record.title) || 'Untitled section'}
                {isSectionType(type) && <span className="hint"> ({SECTION_NAMES[type]})</span>}
              </p>
              {type === 'text' && <p className="hint">{asArray(record.body).length} blocks of text</p>}
              {type === 'messages' && (
                <ol>
                  {asArray(record.items).map((item, at) => (
                    <li key={at}>{words(item)}</li>
                  ))}
                </ol>
              )}
              {type === 'qa' && (
                <ol>
                  {asArray(record.items).map((item, at) => (
                    <li key={at}>
                      <strong>{words(asRecord(item).q)}</strong> {words(asRecord(item).a)}
                    </li>
                  ))}
                </ol>
              )}
              {type === 'timeline' && (
                <ul>
                  {asArray(record.items).map((item, at) => {
                    const row = asRecord(item);
                    return (
                      <li key={at}>
                        <strong>{asText(row.when)}</strong> {asText(row.what)}
                        {asText(row.who) && ` (${asText(row.who)})`}
                      </li>
                    );
                  })}
                </ul>
              )}
              {type === 'contacts' && (
                <ul>
                  {asArray(record.people).map((id, at) => (
                    <li key={at}>{people.find((person) => person.id === id)?.name ?? String(id)}</li>
                  ))}
                </ul>
              )}
              {type === 'release' && <p>{asText(asRecord(record.release).headline)}</p>}
            </div>
          );
        })}
        {marking && <p className="outline-marking">{marking}</p>}
      </div>
    </section>
  );
});
