import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { PressdeskError } from '../errors';
import { PersonSchema, plainEnglishError, problemsFromZod, type Person, type Problem } from '../model';
import { WorkspaceMissingError } from './errors';
import { describeDamage, readFileContents, serialiseProject } from './file-contents';
import { describeFsProblem } from './fs-problem';
import { isFolder, readIfPresent } from './fs-read';
import { runExclusive } from './serial-queue';
import { writeFileDurably } from './write-file';

/**
 * The workspace's directory of people (spokespeople, press officers), picked from when adding a quote or contact.
 * One file, `<workspace>/people.json` holding `{ "people": [ … ] }`, through lowdb with a durable adapter.
 */
export const PEOPLE_FILE = 'people.json';

/**
 * What people.json holds, entries as they are in the file: one that breaks the schema (edited by hand, written by
 * a newer Pressdesk) is kept and written back untouched, never dropped by a save of someone else.
 */
export interface PeopleFile {
  people: unknown[];
  [field: string]: unknown;
}

/** people.json is there but cannot be used. It is left exactly as it is. */
export class PeopleFileError extends PressdeskError {
  override readonly name = 'PeopleFileError';
  constructor(
    readonly file: string,
    /** Why, completing "people.json …", e.g. "is damaged (it is empty)". */
    readonly problem: string,
    cause?: unknown,
  ) {
    super(
      `The people directory (${file}) ${problem}. Pressdesk has not changed it; put back a copy from elsewhere, or move the ` +
        'file out of the projects folder to start a new directory.',
      { cause },
    );
  }
}

/** lowdb adapter for people.json: reads JSON (null when missing), writes whole or not at all (writeFileDurably). */
export class PeopleFileAdapter implements Adapter<PeopleFile> {
  readonly file: string;

  constructor(file: string) {
    this.file = path.resolve(file);
  }

  async read(): Promise<PeopleFile | null> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readIfPresent(this.file);
    } catch (error) {
      throw new PeopleFileError(this.file, `could not be read because ${describeFsProblem(error)}`, error);
    }
    if (bytes === undefined) return null;
    const contents = readFileContents(bytes);
    if (contents.kind === 'damaged') throw new PeopleFileError(this.file, `is damaged (${describeDamage(contents.damage)})`);
    const value = contents.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Array.isArray((value as PeopleFile).people)) {
      throw new PeopleFileError(this.file, 'does not hold a list of people (expected { "people": [ … ] })');
    }
    return value as PeopleFile;
  }

  async write(data: PeopleFile): Promise<void> {
    await writeFileDurably(this.file, serialiseProject(data), { project: 'The people directory' });
  }
}

export interface PeopleList {
  /** The valid entries, in file order. */
  readonly people: Person[];
  /** Entries that break the schema (kept in the file), and a file that cannot be read at all. */
  readonly problems: Problem[];
}

const peopleFile = (workspace: string): string => path.join(workspace, PEOPLE_FILE);

async function openPeople(workspace: string): Promise<Low<PeopleFile>> {
  const db = new Low<PeopleFile>(new PeopleFileAdapter(peopleFile(workspace)), { people: [] });
  await db.read();
  return db;
}

/** Everyone in the directory. Never throws for the file's contents: what cannot be used is reported instead. */
export async function listPeople(workspace: string): Promise<PeopleList> {
  let db: Low<PeopleFile>;
  try {
    db = await runExclusive(peopleFile(workspace), () => openPeople(workspace));
  } catch (error) {
    if (error instanceof PeopleFileError) return { people: [], problems: [{ place: PEOPLE_FILE, message: error.message, path: [] }] };
    throw error;
  }
  const people: Person[] = [];
  const problems: Problem[] = [];
  db.data.people.forEach((entry, index) => {
    const result = PersonSchema.safeParse(entry, { error: plainEnglishError });
    if (result.success) people.push(result.data);
    else problems.push(...problemsFromZod(result.error, db.data).map((problem) => withIndex(problem, index)));
  });
  return { people, problems };
}

/** zod's paths inside one entry, as paths inside the file. */
const withIndex = (problem: Problem, index: number): Problem => ({
  ...problem,
  place: `people[${index}]${problem.place ? `.${problem.place}` : ''}`,
  path: ['people', index, ...(problem.path ?? [])],
});

/** Adds a person, or replaces the entry with the same id; returns the person as saved. */
export async function savePerson(workspace: string, person: Person): Promise<Person> {
  const checked = PersonSchema.parse(person);
  await change(workspace, (people) => {
    const index = people.findIndex((entry) => idOf(entry) === checked.id);
    if (index === -1) people.push(checked);
    else people[index] = checked;
  });
  return checked;
}

/** Removes the entries with this id (none is not an error: it is already gone). */
export async function deletePerson(workspace: string, id: string): Promise<void> {
  await change(workspace, (people) => {
    for (let index = people.length - 1; index >= 0; index--) if (idOf(people[index]) === id) people.splice(index, 1);
  });
}

const idOf = (entry: unknown): unknown => (typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined);

/** Read, change, write, with no other change of the same file in between. Refuses to write over a damaged file. */
async function change(workspace: string, edit: (people: unknown[]) => void): Promise<void> {
  await runExclusive(peopleFile(workspace), async () => {
    // Never create the workspace: on an unmounted network drive that would quietly make a local folder instead.
    if (!(await isFolder(workspace))) throw new WorkspaceMissingError(workspace);
    const db = await openPeople(workspace);
    edit(db.data.people);
    await db.write();
  });
}

