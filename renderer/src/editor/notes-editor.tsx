import { TextListField } from './text-list-field';

/** "Notes to editors": numbered facts, sources and links printed after ENDS. */
export function NotesEditor() {
  return (
    <section className="editor-section" aria-labelledby="editor-notes-heading">
      <h2 id="editor-notes-heading">Notes to editors</h2>
      <TextListField path={['release', 'notes']} itemName="Note" addLabel="Add note" />
    </section>
  );
}
