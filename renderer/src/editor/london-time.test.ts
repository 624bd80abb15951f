import { describe, expect, it } from 'vitest';
import { embargoLine } from '../../../shared/compose/uk-time';
import { incompleteEmbargo, isoToLondon, londonOffsetMinutes, londonToIso } from './london-time';

describe('londonToIso', () => {
  it('uses +00:00 in winter (GMT) and +01:00 in summer (BST)', () => {
    expect(londonToIso('2026-03-04', '00:01')).toBe('2026-03-04T00:01:00+00:00');
    expect(londonToIso('2023-05-24', '00:01')).toBe('2023-05-24T00:01:00+01:00');
    expect(londonToIso('2026-12-25', '09:30')).toBe('2026-12-25T09:30:00+00:00');
  });

  it('follows the clock change in March (last Sunday, 01:00 GMT → 02:00 BST)', () => {
    expect(londonToIso('2026-03-28', '00:01')).toBe('2026-03-28T00:01:00+00:00');
    expect(londonToIso('2026-03-29', '00:30')).toBe('2026-03-29T00:30:00+00:00');
    expect(londonToIso('2026-03-29', '02:30')).toBe('2026-03-29T02:30:00+01:00');
    expect(londonToIso('2026-03-30', '00:01')).toBe('2026-03-30T00:01:00+01:00');
  });

  it('follows the clock change in October (last Sunday, 02:00 BST → 01:00 GMT)', () => {
    expect(londonToIso('2026-10-24', '23:59')).toBe('2026-10-24T23:59:00+01:00');
    expect(londonToIso('2026-10-25', '00:30')).toBe('2026-10-25T00:30:00+01:00');
    expect(londonToIso('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+00:00');
    expect(londonToIso('2026-10-26', '00:01')).toBe('2026-10-26T00:01:00+00:00');
  });

  it('reads the hour that happens twice in October as its first (BST) occurrence', () => {
    expect(londonToIso('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+01:00');
  });

  it('reads the hour the clocks skip in March with the winter offset, which means an hour later in BST', () => {
    const iso = londonToIso('2026-03-29', '01:30');
    expect(iso).toBe('2026-03-29T01:30:00+00:00');
    expect(isoToLondon(iso ?? '')).toEqual({ date: '2026-03-29', time: '02:30' });
  });

  it('prints as the UK time that was typed', () => {
    expect(embargoLine(londonToIso('2023-05-24', '00:01') ?? '')).toBe('EMBARGOED UNTIL 00:01 WEDNESDAY 24 MAY 2023');
    expect(embargoLine(londonToIso('2026-03-04', '00:01') ?? '')).toBe('EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026');
  });

  it('returns null until both the date and the time are complete', () => {
    expect(londonToIso('', '00:01')).toBeNull();
    expect(londonToIso('2026-03-04', '')).toBeNull();
    expect(londonToIso('2026-3-4', '0:01')).toBeNull();
  });
});

describe('isoToLondon', () => {
  it('gives the London wall clock whatever offset the value was stored with', () => {
    expect(isoToLondon('2026-06-09T23:01:00Z')).toEqual({ date: '2026-06-10', time: '00:01' });
    expect(isoToLondon('2026-03-04T00:01:00+00:00')).toEqual({ date: '2026-03-04', time: '00:01' });
    expect(isoToLondon('2026-07-01T09:00:00+02:00')).toEqual({ date: '2026-07-01', time: '08:00' });
  });

  it('round-trips every quarter hour across both clock changes', () => {
    for (const date of ['2026-03-28', '2026-03-29', '2026-10-25', '2026-10-26']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (date === '2026-03-29' && time.startsWith('01:')) continue; // the skipped hour (tested above)
        expect(isoToLondon(londonToIso(date, time) ?? '')).toEqual({ date, time });
      }
    }
  });

  it('keeps what an incomplete embargo holds, so the inputs do not lose it', () => {
    expect(isoToLondon(incompleteEmbargo('2026-03-04', ''))).toEqual({ date: '2026-03-04', time: '' });
    expect(isoToLondon(incompleteEmbargo('', '00:01'))).toEqual({ date: '', time: '00:01' });
    expect(isoToLondon(incompleteEmbargo('', ''))).toEqual({ date: '', time: '' });
  });
});

describe('londonOffsetMinutes', () => {
  it('is 0 in GMT and 60 in BST', () => {
    expect(londonOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(60);
  });
});
