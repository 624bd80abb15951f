import { describe, expect, it } from 'vitest';
import { describeField } from '../block-labels';
import { editorReducer, initialEditorState, type EditorState } from '../editor-state';
import { problemTargets } from '../field-ids';
import type { ProjectDraft } from '../../../../shared/ipc';
import { markingChoice } from './classification-field';
import { includeEdits, sendablePeople, updateEdits, type Included } from './include';
import { newSection, sectionLabel, SECTIONS_PATH } from './section-kinds';

const pack = (sections: unknown[] = [], people: unknown[] = []): ProjectDraft =>
  ({
    format: 'pressdesk/project',
    version: 1,
    id: 'x',
    kind: 'pack',
    title: 'Briefing',
    status: 'draft',
    updatedAt: '2026-03-04T12:00:00Z',
    people,
    pack: { title: 'Briefing', date: '2026-03-04', classification: null, sections },
  }) as ProjectDraft;

const edit = (state: EditorState, edits: Parameters<typeof editorReducer>[1] extends infer A ? (A extends { edits: infer E } ? E : never) : never): EditorState =>
  editorReducer(state, { type: 'edit', edits, at: 0 });

const included = (id: string, hash: string): Included => ({
  release: { headline: 'Headline', date: '2026-03-04', body: [{ type: 'quote', speakers: [id], paragraphs: ['Words'] }], notes: [], contacts: [] },
  people: [{ id, name: `Person ${id}` }],
  source: { project: 'source-id', name: 'joint', title: 'Joint', copiedAt: '2026-03-04T12:00:00Z', hash },
});

const sectionsOf = (state: EditorState) => (state.project as unknown as { pack: { sections: Record<string, unknown>[] } }).pack.sections;

describe('pack editing with the release editor’s reducer', () => {
  it('adds, moves and removes sections and Q&A items, each one undo step', () => {
    let state = initialEditorState(pack());
    state = edit(state, [{ op: 'insert', path: SECTIONS_PATH, index: 0, value: newSection('qa') }]);
    state = edit(state, [{ op: 'insert', path: SECTIONS_PATH, index: 1, value: newSection('timeline') }]);
    for (const q of ['One?', 'Two?', 'Three?']) {
      const items = sectionsOf(state)[0]!.items as unknown[];
      state = edit(state, [{ op: 'insert', path: [...SECTIONS_PATH, 0, 'items'], index: items.length, value: { q, a: 'Line' } }]);
    }
    state = edit(state, [{ op: 'move', path: [...SECTIONS_PATH, 0, 'items'], from: 2, to: 0 }]);
    expect((sectionsOf(state)[0]!.items as { q: string }[]).map((item) => item.q)).toEqual(['Three?', 'One?', 'Two?']);
    state = edit(state, [{ op: 'move', path: SECTIONS_PATH, from: 1, to: 0 }]);
    expect(sectionsOf(state).map((section) => section.type)).toEqual(['timeline', 'qa']);
    state = edit(state, [{ op: 'remove', path: [...SECTIONS_PATH, 1, 'items'], index: 0 }]);
    expect((sectionsOf(state)[1]!.items as unknown[]).length).toBe(2);
    state = editorReducer(state, { type: 'undo' });
    expect((sectionsOf(state)[1]!.items as { q: string }[])[0]?.q).toBe('Three?');
    state = editorReducer(state, { type: 'undo' });
    expect(sectionsOf(state).map((section) => section.type)).toEqual(['qa', 'timeline']);
  });

  it('includes a release with its people in one undo step, and updates it keeping the title', () => {
    let state = initialEditorState(pack([newSection('messages')], [{ id: 'p1', name: 'Already here' }]));
    state = edit(state, includeEdits(state.project.people, included('p2', 'h1'), 1));
    expect(sectionsOf(state)[1]).toMatchObject({ type: 'release', title: 'Press release', source: { hash: 'h1' } });
    expect((state.project.people as { id: string }[]).map((person) => person.id)).toEqual(['p1', 'p2']);
    state = edit(state, [{ op: 'set', path: [...SECTIONS_PATH, 1, 'title'], value: 'The release' }]);
    state = edit(state, updateEdits(state.project.people, included('p2', 'h2'), 1));
    expect(sectionsOf(state)[1]).toMatchObject({ title: 'The release', source: { hash: 'h2' } });
    expect((state.project.people as unknown[]).length).toBe(2);
    state = editorReducer(editorReducer(state, { type: 'undo' }), { type: 'undo' });
    state = editorReducer(state, { type: 'undo' });
    expect(sectionsOf(state)).toHaveLength(1);
    expect((state.project.people as unknown[]).length).toBe(1);
  });

  it('sends only people the contract accepts', () => {
    expect(sendablePeople([{ id: 'a', name: 'Ann' }, { id: 'b' }, 'junk', { id: 'c', name: 'Cy', email: 'not an email' }])).toEqual([{ id: 'a', name: 'Ann' }]);
    expect(sendablePeople(undefined)).toEqual([]);
  });
});

describe('pack labels', () => {
  const project = pack([newSection('text'), { type: 'qa', title: 'Q', items: [{ q: '', a: '' }] }, { type: 'contacts', title: 'C', people: ['p1'] }], [{ id: 'p1', name: 'Ann' }]);

  it('names sections by place and kind, and problems in the words on screen', () => {
    const sections = (project as unknown as { pack: { sections: unknown[] } }).pack.sections;
    expect(sectionLabel(sections, 1)).toBe('Section 2: Questions and answers');
    expect(describeField(['pack', 'sections', 1, 'items', 0, 'a'], project)).toBe('Section 2: Questions and answers, Question 1, Line to take');
    expect(describeField(['pack', 'sections', 0, 'title'], project)).toBe('Section 1: Text, Section title');
    expect(describeField(['pack', 'date'], project)).toBe('Date');
    expect(describeField(['title'], project)).toBe('Title');
  });

  it('takes a problem with a person to the contacts that name them', () => {
    expect(problemTargets(['people', 0, 'name'], project)[0]).toBe('field-pack-sections-2-people');
    expect(problemTargets(['pack', 'sections', 1, 'items', 0, 'q'], project)[0]).toBe('field-pack-sections-1-items-0-q');
  });

  it('reads a stored marking as the classification select shows it', () => {
    expect(markingChoice(null)).toBe('none');
    expect(markingChoice(undefined)).toBe('none');
    expect(markingChoice('OFFICIAL-SENSITIVE')).toBe('OFFICIAL-SENSITIVE');
    expect(markingChoice('SECRET')).toBe('other');
    expect(markingChoice('')).toBe('other');
  });
});
