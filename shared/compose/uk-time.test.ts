import fc from 'fast-check';
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

  it('prints every date as ICU’s en-GB long date does', () => {
    const icu = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (at) => {
        const iso = at.toISOString().slice(0, 10);
        expect(longDate(iso)).toBe(icu.format(new Date(`${iso}T00:00:00Z`)));
      }),
      { numRuns: 2000 },
    );
  });
});
