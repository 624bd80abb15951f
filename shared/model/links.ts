import { linkProblem, linkTargets } from './inline';
import { placeOf, problemPath, type Problem } from './problems';

type Path = (string | number)[];

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/**
 * Links that will not work for a reader: every inline field of the project is checked, and each bad
 * link is a problem at its place. Works on the raw object, so it runs beside the schema.
 */
export function linkProblems(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const check = (text: unknown, path: Path) => {
    if (typeof text !== 'string' || !text.includes('](')) return;
    for (const href of linkTargets(text)) {
      const problem = linkProblem(href);
      if (problem) problems.push({ place: placeOf(path, raw), message: problem, path: problemPath(path) });
    }
  };
  const checkAll = (values: unknown, path: Path) => asArray(values).forEach((value, index) => check(value, [...path, index]));

  const checkBody = (body: unknown, path: Path) =>
    asArray(body).forEach((block, index) => {
      const record = asRecord(block);
      const at = [...path, index];
      check(record.text, [...at, 'text']);
      check(record.caption, [...at, 'caption']);
      checkAll(record.items, [...at, 'items']);
      checkAll(record.paragraphs, [...at, 'paragraphs']);
    });

  const checkRelease = (release: unknown, path: Path) => {
    const record = asRecord(release);
    check(record.summary, [...path, 'summary']);
    checkBody(record.body, [...path, 'body']);
    checkAll(record.notes, [...path, 'notes']);
  };

  const project = asRecord(raw);
  checkRelease(project.release, ['release']);
  checkAll(asRecord(project.brand).boilerplate, ['brand', 'boilerplate']);
  asArray(asRecord(project.pack).sections).forEach((section, index) => {
    const record = asRecord(section);
    const at: Path = ['pack', 'sections', index];
    if (record.type === 'release') checkRelease(record.release, [...at, 'release']);
    if (record.type === 'text') checkBody(record.body, [...at, 'body']);
    if (record.type === 'messages') checkAll(record.items, [...at, 'items']);
    if (record.type === 'qa') {
      asArray(record.items).forEach((item, itemIndex) => {
        check(asRecord(item).q, [...at, 'items', itemIndex, 'q']);
        check(asRecord(item).a, [...at, 'items', itemIndex, 'a']);
      });
    }
  });
  return problems;
}
