import { describe, expect, it } from 'vitest';
import { ukCalendarDate, ukDateTime } from './uk-time';

describe('the UK wall clock', () => {
  it('gives the UK date, not UTC’s, either side of midnight in summer time', () => {
    expect(ukCalendarDate(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01'); // 00:30 BST
    expect(ukCalendarDate(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31'); // 23:30 GMT
  });

  it('words an instant as press offices print it, in GMT and in BST', () => {
    expect(ukDateTime(new Date('2026-03-04T00:01:00Z'))).toBe('00:01 Wednesday 4 March 2026');
    expect(ukDateTime(new Date('2026-06-30T23:01:00Z'))).toBe('00:01 Wednesday 1 July 2026');
  });
});
