import { describe, expect, it } from 'vitest';
import type { ProblemData } from '../../../shared/ipc';
import { localProblems, mergeProblems } from './problems';

const valid = {
  format: 'pressdesk/project',
  version: 1,
  id: 'x',
  kind: 'release',
  title: 'T',
  status: 'draft',
  updatedAt: '2026-03-02T16:40:00Z',
  people: [],
  release: { headline: 'H', date: '2026-03-03', body: [{ type: 'paragraph', text: 'P' }], notes: [], contacts: [] },
};

const problem = (severity: ProblemData['severity'], message: string, path: (string | number)[] = ['release', 'headline']): ProblemData => ({
  place: path.join('.'),
  message,
  path,
  severity,
});

describe('localProblems', () => {
  it('finds nothing wrong with a valid release', () => {
    expect(localProblems(valid)).toEqual([]);
  });

  it('reports an empty headline with its path', () => {
    const problems = localProblems({ ...valid, release: { ...valid.release, headline: '' } });
    expect(problems.map((item) => item.path)).toEqual([['release', 'headline']]);
    expect(problems[0]?.severity).toBe('error');
  });

  it('asks for the rest of an unfinished embargo in the editor\'s words', () => {
    const [first] = localProblems({ ...valid, release: { ...valid.release, embargo: '2026-03-04T' } });
    expect(first?.message).toMatch(/untick "Embargoed"/);
  });

  it('asks for a picture when an image has none yet', () => {
    const [first] = localProblems({ ...valid, release: { ...valid.release, body: [{ type: 'image', src: '', alt: 'x' }] } });
    expect(first?.message).toMatch(/choose a picture file/);
  });
});

describe('mergeProblems', () => {
  it('keeps host warnings always and host errors only when they are about the current draft', () => {
    const local = [problem('error', 'local')];
    const host = [problem('error', 'old host error'), problem('warning', 'long headline')];
    expect(mergeProblems(local, host, false).map((item) => item.message)).toEqual(['local', 'long headline']);
    expect(mergeProblems(local, host, true).map((item) => item.message)).toEqual(['local', 'old host error', 'long headline']);
  });

  it('lists a problem found both here and by the host once', () => {
    expect(mergeProblems([problem('error', 'same')], [problem('error', 'same')], true)).toHaveLength(1);
  });
});
