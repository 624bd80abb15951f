import { describe, expect, it } from 'vitest';
import { embargoLine, longDate } from './uk-time';

describe('embargoLine', () => {
  it('prints winter embargoes in GMT', () => {
    expect(embargoLine('2026-03-04T00:01:00+00:00')).toBe('EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026');
  });

  it('prints summer embargoes in BST, whatever offset they were stored with', () => {
    expect(embargoLine('2023-05-23T23:01:00Z')).toBe('EMBARGOED UNTIL 00:01 WEDNESDAY 24 MAY 2023');
    expect(embargoLine('2023-05-24T00:01:00+01:00')).toBe('EMBARGOED UNTIL 00:01 WEDNESDAY 24 MAY 2023');
  });

  it('crosses the clock change correctly', () => {
    // Clocks went forward at 01:00 GMT on Sunday 29 March 2026.
    expect(embargoLine('2026-03-29T00:30:00Z')).toBe('EMBARGOED UNTIL 00:30 SUNDAY 29 MARCH 2026');
    expect(embargoLine('2026-03-29T01:30:00Z')).toBe('EMBARGOED UNTIL 02:30 SUNDAY 29 MARCH 2026');
  });

  it('converts other offsets to UK time', () => {
    expect(embargoLine('2026-01-10T09:00:00-05:00')).toBe('EMBARGOED UNTIL 14:00 SATURDAY 10 JANUARY 2026');
  });
});

describe('longDate', () => {
  it('prints the date of issue without ordinals or leading zeros', () => {
    expect(longDate('2023-05-24')).toBe('24 May 2023');
    expect(longDate('2026-03-04')).toBe('4 March 2026');
  });
});
