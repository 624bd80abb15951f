import { ukDateTime } from '../model';

/**
 * Dates and times as UK press offices print them. An embargo is stored with a UTC offset and printed
 * in Europe/London time, so GMT/BST is handled by the time-zone database, never by hand.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-03-04T00:01:00+00:00` → `EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026`. */
export function embargoLine(isoWithOffset: string): string {
  return `EMBARGOED UNTIL ${ukDateTime(new Date(isoWithOffset))}`.toUpperCase();
}

/**
 * `2023-05-24` → `24 May 2023` (GOV.UK style: no ordinals, no leading zero). A calendar date has no time zone, so it
 * is put together from its parts: no Intl, whose first use costs a cold export ~20 ms (ICU's data). The model has
 * checked it is a real date.
 */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}
