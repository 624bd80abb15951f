import { placeOf, problemPath, type Problem } from './problems';

type Path = (string | number)[];

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Checks that span fields: person ids are unique, every quote speaker and pack contact is one of the
 * project's people, and the part named by `kind` exists. Works on the raw (unvalidated) object, so it
 * runs alongside the schema and a file with both kinds of problem reports them all at once.
 */
export function crossReferenceProblems(raw: unknown): Problem[] {
  const project = asRecord(raw);
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ place: placeOf(path, raw), message, path: problemPath(path) });

  if (project.kind === 'release' && project.release === undefined) add(['release'], 'the project is a release but has no release; add one');
  if (project.kind === 'pack' && project.pack === undefined) add(['pack'], 'the project is a briefing pack but has no pack; add one');

  const ids = new Set<string>();
  asArray(project.people).forEach((person, index) => {
    const id = asRecord(person).id;
    if (typeof id !== 'string') return;
    if (ids.has(id)) add(['people', index, 'id'], `another person already has the id "${id}"; give each person their own id`);
    ids.add(id);
  });

  const checkSpeakers = (release: unknown, path: Path) => {
    asArray(asRecord(release).body).forEach((block, blockIndex) => {
      const record = asRecord(block);
      if (record.type !== 'quote') return;
      asArray(record.speakers).forEach((speaker, speakerIndex) => {
        if (typeof speaker === 'string' && !ids.has(speaker)) {
          add([...path, 'body', blockIndex, 'speakers', speakerIndex], `the speaker "${speaker}" is not one of the project's people; pick the speaker again`);
        }
      });
    });
  };

  if (project.release !== undefined) checkSpeakers(project.release, ['release']);
  asArray(asRecord(project.pack).sections).forEach((section, sectionIndex) => {
    const record = asRecord(section);
    if (record.type === 'release') checkSpeakers(record.release, ['pack', 'sections', sectionIndex, 'release']);
    if (record.type === 'contacts') {
      asArray(record.people).forEach((id, personIndex) => {
        if (typeof id === 'string' && !ids.has(id)) {
          add(['pack', 'sections', sectionIndex, 'people', personIndex], `"${id}" is not one of the project's people; pick the contact again`);
        }
      });
    }
  });
  return problems;
}
