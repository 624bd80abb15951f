import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDateTime } from './format';

describe('formatCalendarDate', () => {
  it('writes a date of issue the UK way', () => {
    expect(formatCalendarDate('2026-11-26')).toBe('26 Nov 2026');
    expect(formatCalendarDate('2026-09-04')).toBe('4 Sep 2026');
  });

  it('gives null for a missing or malformed date', () => {
    expect(formatCalendarDate(null)).toBeNull();
    expect(formatCalendarDate('')).toBeNull();
    expect(formatCalendarDate('26/11/2026')).toBeNull();
    expect(formatCalendarDate('2026-13-01')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('writes a last-saved time as "26 Nov 2026, 14:05" in UK time', () => {
    expect(formatDateTime('2026-11-26T14:05:00Z', 'Europe/London')).toBe('26 Nov 2026, 14:05');
  });

  it('moves to British Summer Time in summer', () => {
    expect(formatDateTime('2026-07-01T08:30:00Z', 'Europe/London')).toBe('1 Jul 2026, 09:30');
  });

  it('uses a 24-hour clock with midnight as 00', () => {
    expect(formatDateTime('2026-01-05T00:01:00Z', 'Europe/London')).toBe('5 Jan 2026, 00:01');
  });

  it('writes September as "Sep" whatever ICU says', () => {
    expect(formatDateTime('2026-09-10T12:00:00Z', 'Europe/London')).toBe('10 Sep 2026, 13:00');
  });

  it('gives null for a missing or unreadable time', () => {
    expect(formatDateTime(null)).toBeNull();
    expect(formatDateTime('not a date')).toBeNull();
  });
});
