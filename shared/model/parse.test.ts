import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectInvalidError, ProjectTooNewError } from './errors';
import { migrate, type Migration } from './migrate';
import { parseProject, parseProjectOrThrow } from './parse';
import { formatProblem } from './problems';

const valid = () => ({
  format: 'pressdesk/project',
  version: 1,
  id: 'id-1',
  kind: 'release',
  title: 'Harbour',
  status: 'draft',
  updatedAt: '2026-01-01T00:00:00Z',
  people: [{ id: 'p1', name: 'Siân Ellis' }],
  release: {
    headline: 'Harbour wall reopens',
    date: '2026-03-04',
    embargo: null,
    body: [] as unknown[],
    notes: [],
    contacts: [],
  },
});

const problemsOf = (raw: unknown): string[] => {
  const result = parseProject(raw);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('parseProject', () => {
  it('accepts both bundled examples', () => {
    for (const example of ['joint-inspection-2023', 'harbour-wall-reopening-2026']) {
      const raw = JSON.parse(readFileSync(`examples/${example}/project.json`, 'utf8'));
      expect(problemsOf(raw), example).toEqual([]);
    }
  });

  it('reports a missing alt text at the block, naming the picture, as the issue asks', () => {
    const raw = valid();
    raw.release.body = [
      { type: 'paragraph', text: 'One' },
      { type: 'paragraph', text: 'Two' },
      { type: 'heading', text: 'Three' },
      { type: 'image', src: 'assets/harbour.png', alt: '' },
    ];
    expect(problemsOf(raw)).toEqual([
      'release.body[3] (image "harbour.png"): alt text is missing; describe the picture, or tick "decorative"',
    ]);
    // The place names the picture; the path goes on to the field that fixes it, for the editor's checks panel.
    const result = parseProject(raw);
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual([['release', 'body', 3, 'alt']]);
  });

  it('lets a decorative picture go without alt text', () => {
    const raw = valid();
    raw.release.body = [{ type: 'image', src: 'assets/rule.png', alt: '', decorative: true }];
    expect(problemsOf(raw)).toEqual([]);
  });

  it('reports every problem at once, schema and cross-references together, in plain English', () => {
    const raw = valid() as Record<string, unknown> & ReturnType<typeof valid>;
    raw.status = 'finished';
    raw.release.headline = '  ';
    raw.release.date = '2026-02-30';
    raw.release.embargo = '4 March 2026' as unknown as null;
    raw.release.body = [
      { type: 'quote', speakers: ['p9'], paragraphs: ['We are delighted.'] },
      { type: 'video', src: 'x' },
      { type: 'list', ordered: false, items: [] },
    ];
    raw.people = [
      { id: 'p1', name: 'A' },
      { id: 'p1', name: 'B' },
    ];
    expect(problemsOf(raw)).toEqual([
      'status: the status must be draft, review, approved or issued',
      'release.headline: the headline is empty; fill it in',
      'release.date: the date of issue is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-04',
      'release.embargo: the embargo is not a date and time with a UTC offset; write it like 2026-03-04T00:01:00+00:00',
      'release.body[1].type: is not a kind of block Pressdesk knows; use paragraph, heading, list, quote or image',
      'release.body[2] (bulleted list).items: the list has no items; add one or remove the list',
      'people[1] ("B").id: another person already has the id "p1"; give each person their own id',
      'release.body[0] (quote "We are delighted.").speakers[0]: the speaker "p9" is not one of the project\'s people; pick the speaker again',
    ]);
  });

  it('refuses picture paths outside the assets folder', () => {
    for (const src of ['../secret.png', '/etc/passwd', 'C:\\Users\\me\\a.png', 'assets/../x.png', 'harbour.png', 'assets/']) {
      const raw = valid();
      raw.release.body = [{ type: 'image', src, alt: 'x' }];
      expect(problemsOf(raw).join(), src).toContain("must be a file inside the project's assets folder");
    }
  });

  it('says when a file is not a project at all', () => {
    expect(problemsOf({ hello: 'world' })).toEqual(['format: this is not a Pressdesk project file (format must be "pressdesk/project")']);
    expect(problemsOf([1, 2])).toEqual(['project.json does not hold a project (expected an object { … })']);
  });

  it('refuses a newer format version with its own error, naming the project', () => {
    expect(() => parseProjectOrThrow({ ...valid(), version: 7 }, 'harbour')).toThrow(ProjectTooNewError);
    expect(() => parseProjectOrThrow({ ...valid(), version: 7 }, 'harbour')).toThrow(/harbour: project.json is format version 7.*Update Pressdesk/);
  });

  it('names the project in the error that lists the problems', () => {
    const error = (() => {
      try {
        parseProjectOrThrow({ ...valid(), title: '' }, 'harbour');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ProjectInvalidError);
    expect((error as Error).message).toBe('harbour: one problem stops this project being used:\n  - title: the working title is empty; fill it in');
  });

  it('validates briefing packs, brands and people as well as releases', () => {
    const pack = {
      ...valid(),
      kind: 'pack',
      release: undefined,
      brand: { name: 'Aberhaven Council', colours: { primary: 'navy', accent: '#00ff00', text: '#000000' } },
      pack: {
        title: 'Harbour briefing',
        date: '2026-03-01',
        classification: 'OFFICIAL-SENSITIVE',
        sections: [
          { type: 'messages', title: 'Key messages', items: ['Safe'] },
          { type: 'qa', title: 'Q&A', items: [{ q: 'Why?', a: '' }] },
          { type: 'contacts', title: 'Contacts', people: ['p1', 'p2'] },
        ],
      },
    };
    expect(problemsOf(pack)).toEqual([
      'brand.colours.primary: the primary colour must be a colour written #rrggbb, such as #1d70b8',
      'pack.sections[1] (section "Q&A").items[0] (question "Why?").a: the line to take is empty; fill it in',
      'pack.sections[2] (section "Contacts").people[1] ("p2"): "p2" is not one of the project\'s people; pick the contact again',
    ]);
  });
});

describe('plain English everywhere', () => {
  it('never shows raw schema text, whatever the wrong type', () => {
    const raw = valid() as Record<string, unknown> & ReturnType<typeof valid>;
    raw.people = 'nobody' as never;
    raw.brand = { name: 'Council' };
    raw.release.notes = 'one note' as never;
    raw.release.body = [{ type: 'image', src: 'assets/a.png', alt: 'A', decorative: 'yes' }, { type: 'list', ordered: 'no', items: 'x' }];
    const problems = problemsOf(raw);
    expect(problems.length).toBeGreaterThanOrEqual(5);
    for (const problem of problems) expect(problem).not.toMatch(/Invalid input|expected \w+, received/);
    expect(problems).toContain('brand.colours: is missing; fill it in');
    expect(problems).toContain('release.notes: the notes to editors must be a list');
  });

  it('treats null in an optional text field as not set', () => {
    const raw = valid() as ReturnType<typeof valid> & { release: Record<string, unknown> };
    raw.release.summary = null;
    raw.release.location = null;
    expect(problemsOf(raw)).toEqual([]);
  });

  it('reports links a reader cannot follow, at their place, with what to do', () => {
    const raw = valid();
    raw.release.body = [
      { type: 'paragraph', text: 'See [the plan](file://server/share/plan.pdf) and [our site](www.aberhaven.example).' },
      { type: 'list', ordered: false, items: ['[Click](javascript:alert(1))', '[Fine](https://example.org) and [mail](mailto:press@example.org)'] },
    ];
    expect(problemsOf(raw)).toEqual([
      'release.body[0] (paragraph "See the plan and our site.").text: the link "file://server/share/plan.pdf" points to a file on this network, which readers outside the council cannot open; link to a web page (https://…) instead',
      'release.body[0] (paragraph "See the plan and our site.").text: the link "www.aberhaven.example" has no https:// in front; write it as https://www.aberhaven.example',
      'release.body[1] (bulleted list).items[0] ("Click"): the link "javascript:alert(1)" is not a web page or email address; links must start with https://, http:// or mailto:',
    ]);
  });

  it('checks the shape of email addresses', () => {
    const raw = valid();
    (raw.release.contacts as unknown[]) = [{ name: 'Press office', email: 'press office@aberhaven' }];
    expect(problemsOf(raw)).toEqual([
      'release.contacts[0] ("Press office").email: the contact email address does not look like an email address; write it like press@council.gov.uk',
    ]);
  });
});

describe('migrate', () => {
  it('applies each step in order, purely, and says where it started', () => {
    const steps: Record<number, Migration> = {
      1: (raw) => ({ ...raw, version: 2, renamed: raw.old }),
      2: (raw) => ({ ...raw, version: 3, added: true }),
    };
    const input = Object.freeze({ version: 1, old: 'kept' });
    expect(migrate(input, steps, 3)).toEqual({ ok: true, from: 1, value: { version: 3, old: 'kept', renamed: 'kept', added: true } });
    expect(input).toEqual({ version: 1, old: 'kept' });
  });

  it('refuses versions it cannot reach', () => {
    expect(migrate({ version: 4 }, {}, 3)).toMatchObject({ ok: false, reason: 'too-new' });
    expect(migrate({ version: 0 }, {}, 3)).toMatchObject({ ok: false, reason: 'bad-version' });
    expect(migrate({ version: 1 }, {}, 2)).toMatchObject({ ok: false, reason: 'no-migration' });
  });
});
