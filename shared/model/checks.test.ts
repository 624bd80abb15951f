import { describe, expect, it } from 'vitest';
import { editorialChecks } from './checks';
import { parseProjectOrThrow } from './parse';
import type { Project } from './project';

const NOW = new Date('2026-03-04T12:00:00Z');

function project(overrides: Record<string, unknown> = {}, release: Record<string, unknown> = {}): Project {
  return parseProjectOrThrow(
    {
      format: 'pressdesk/project',
      version: 1,
      id: 'p',
      kind: 'release',
      title: 'Harbour wall',
      status: 'draft',
      updatedAt: '2026-03-01T09:00:00Z',
      people: [{ id: 'p1', name: 'Eluned Ŵyn' }],
      release: {
        headline: 'Harbour wall repairs finish early',
        date: '2026-03-04',
        embargo: null,
        body: [
          { type: 'paragraph', text: 'Repairs finished.' },
          { type: 'quote', speakers: ['p1'], paragraphs: ['We listened.'], approval: null },
          { type: 'quote', speakers: ['p1'], paragraphs: ['Signed off.'], approval: { by: 'Eluned Ŵyn', on: '2026-03-02' } },
        ],
        ...release,
      },
      ...overrides,
    },
    'harbour-wall',
  );
}

describe('editorialChecks', () => {
  it('finds nothing in a draft with no embargo', () => {
    expect(editorialChecks(project(), NOW)).toEqual([]);
  });

  it('warns, in UK time, when the embargo has passed on a release not yet issued', () => {
    const problems = editorialChecks(project({ status: 'review' }, { embargo: '2026-03-04T00:01:00+00:00' }), NOW);
    expect(problems).toEqual([
      {
        place: 'release.embargo',
        path: ['release', 'embargo'],
        severity: 'warning',
        message: 'the embargo (00:01 Wednesday 4 March 2026 UK time) has already passed; change it, remove it, or mark the release as issued',
      },
    ]);
  });

  it('reads the embargo in British Summer Time in summer', () => {
    const summer = project({}, { date: '2026-06-01', embargo: '2026-06-01T00:01:00+01:00' });
    expect(editorialChecks(summer, new Date('2026-06-02T00:00:00Z'))[0]?.message).toContain('00:01 Monday 1 June 2026 UK time');
  });

  it('says nothing of an embargo still to come, or of one on an issued release', () => {
    expect(editorialChecks(project({}, { embargo: '2026-03-05T00:01:00+00:00' }), NOW)).toEqual([]);
    const issued = project({ status: 'issued' }, { embargo: '2026-03-04T00:01:00+00:00' });
    expect(editorialChecks(issued, NOW).filter((problem) => problem.severity === 'warning')).toEqual([]);
  });

  it.each(['approved', 'issued'])('is an error, at each quote, when a project marked %s has quotes not signed off', (status) => {
    const problems = editorialChecks(project({ status }), NOW);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', path: ['release', 'body', 1, 'approval'] });
    expect(problems[0]?.place).toBe('release.body[1] (quote "We listened.").approval');
    expect(problems[0]?.message).toContain(`marked ${status}`);
  });

  it('lets drafts and reviews have quotes not yet signed off', () => {
    expect(editorialChecks(project({ status: 'review' }), NOW)).toEqual([]);
  });

  it('checks releases inside a briefing pack', () => {
    const pack = parseProjectOrThrow(
      {
        ...project(),
        kind: 'pack',
        status: 'approved',
        release: undefined,
        pack: { title: 'Pack', date: '2026-03-04', sections: [{ type: 'release', title: 'The release', release: project().release }] },
      },
      'pack',
    );
    expect(editorialChecks(pack, NOW).map((problem) => problem.path)).toEqual([['pack', 'sections', 0, 'release', 'body', 1, 'approval']]);
  });
});
