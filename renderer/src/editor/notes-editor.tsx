import { memo } from 'react';
import { TextListField } from './text-list-field';

const NOTES = ['release', 'notes'] as const;

/** "Notes to editors": numbered facts, sources and links printed after ENDS. `notes` is the draft's release.notes. */
export const NotesEditor = memo(function NotesEditor({ notes }: { readonly notes: unknown }) {
  return (
    <section className="editor-section" aria-labelledby="editor-notes-heading">
      <h2 id="editor-notes-heading">Notes to editors</h2>
      <TextListField path={NOTES} value={notes} itemName="Note" addLabel="Add note" />
    </section>
  );
});
