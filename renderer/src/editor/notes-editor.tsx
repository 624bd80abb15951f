import { memo } from 'react';
import { TextField } from './text-field';
import { TextListField } from './text-list-field';

const NOTES = ['release', 'notes'] as const;
const NOTES_HEADING = ['release', 'notesHeading'] as const;

interface NotesEditorProps {
  /** The draft's release.notes. */
  readonly notes: unknown;
  /** The draft's release.notesHeading (some offices print "More information"). */
  readonly heading: unknown;
}

/** "Notes to editors": numbered facts, sources and links printed after ENDS, under a heading the office may rename. */
export const NotesEditor = memo(function NotesEditor({ notes, heading }: NotesEditorProps) {
  return (
    <section className="editor-section" aria-labelledby="editor-notes-heading">
      <h2 id="editor-notes-heading">Notes to editors</h2>
      <TextField path={NOTES_HEADING} value={heading} label="Heading over the notes" hint='Leave empty to print "Notes to editors".' />
      <TextListField path={NOTES} value={notes} itemName="Note" addLabel="Add note" />
    </section>
  );
});
