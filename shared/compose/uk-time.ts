import { ukDateTime } from '../model';

/**
 * Dates and times as UK press offices print them. An embargo is stored with a UTC offset and printed
 * in Europe/London time, so GMT/BST is handled by the time-zone database, never by hand.
 */

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** `2026-03-04T00:01:00+00:00` → `EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026`. */
export function embargoLine(isoWithOffset: string): string {
  return `EMBARGOED UNTIL ${ukDateTime(new Date(isoWithOffset))}`.toUpperCase();
}

/** `2023-05-24` → `24 May 2023` (GOV.UK style: no ordinals, no leading zero). */
export function longDate(isoDate: string): string {
  return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}
