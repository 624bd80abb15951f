import { asArray, asRecord, type Path } from './json-path';

/**
 * Every control in the editor has an id made from the path of the field it edits, so a problem (which carries its
 * field's path, see shared/ipc's ProblemData) can take the user to the control: ['release', 'body', 3, 'alt'] →
 * `field-release-body-3-alt`. Controls that edit no single field (a block's fieldset, "Move up") extend the path of
 * their block with a word: `field-release-body-3-move-up`.
 */
export function fieldId(path: Path): string {
  return ['field', ...path.map((segment) => String(segment).replace(/[^A-Za-z0-9_-]+/g, '_'))].join('-');
}

/**
 * The ids to try, best first, for a problem at `path`: the field itself, then each enclosing field or block, so a
 * problem inside something the editor has no control for still lands near it. `project` resolves people problems
 * to the quotes that name the person (people are edited in the People screen, picked here).
 */
export function problemTargets(path: Path, project: unknown): string[] {
  if (path.length === 0) return [];
  const special = specialTargets(path, project);
  const enclosing: string[] = [];
  for (let length = path.length; length > 0; length -= 1) enclosing.push(fieldId(path.slice(0, length)));
  return [...new Set([...special, ...enclosing])];
}

function specialTargets(path: Path, project: unknown): string[] {
  const [top, index, ...rest] = path;
  if (top === 'people' && typeof index === 'number') {
    const id = asRecord(asArray(asRecord(project).people)[index]).id;
    const speakersIn = (body: unknown, at: Path) =>
      asArray(body).flatMap((block, blockIndex) => (asArray(asRecord(block).speakers).includes(id) ? [fieldId([...at, blockIndex, 'speakers'])] : []));
    const sections = asArray(asRecord(asRecord(project).pack).sections);
    // In a pack, a person is a contact or a speaker in a text section (an included release is not edited here).
    const inPack = sections.flatMap((section, sectionIndex) => {
      const record = asRecord(section);
      if (record.type === 'contacts' && asArray(record.people).includes(id)) return [fieldId(['pack', 'sections', sectionIndex, 'people'])];
      if (record.type === 'text') return speakersIn(record.body, ['pack', 'sections', sectionIndex, 'body']);
      return [];
    });
    return [...speakersIn(asRecord(asRecord(project).release).body, ['release', 'body']), ...inPack];
  }
  if (top !== 'release') return [];
  if (index === 'embargo') return [fieldId(['release', 'embargo', 'date']), fieldId(['release', 'embargo'])];
  if (index === 'body' && typeof rest[0] === 'number') {
    const block = ['release', 'body', rest[0]] as const;
    if (rest[1] === 'speakers') return [fieldId([...block, 'speakers'])];
    if (rest[1] === 'approval') return [fieldId([...block, 'approval', rest[2] === 'on' ? 'on' : 'by'])];
    if (rest[1] === 'src') return [fieldId([...block, 'src'])];
    // A list or quote with no items/paragraphs: the first one, else the block.
    if ((rest[1] === 'items' || rest[1] === 'paragraphs') && rest[2] === undefined) return [fieldId([...block, rest[1], 0])];
  }
  return [];
}

/**
 * The id of the same control after its block moved from `from` to `to` in the array at `arrayPath`, so focus can
 * follow the block: `field-release-body-3-text` → `field-release-body-2-text`. Ids outside that element are kept.
 */
export function movedId(id: string, arrayPath: Path, from: number, to: number): string {
  const before = fieldId([...arrayPath, from]);
  if (id === before) return fieldId([...arrayPath, to]);
  if (id.startsWith(`${before}-`)) return fieldId([...arrayPath, to]) + id.slice(before.length);
  return id;
}
