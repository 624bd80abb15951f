/**
 * Times and dates on the UK wall clock (Europe/London), whatever the computer's time zone: GMT and BST come from the
 * time-zone database through Intl, never from a hand-written rule. Assembled from parts, so the punctuation of
 * different ICU versions cannot change them. Compose prints embargo lines with them; the checks word warnings.
 */

// Made when first used: the first Intl.DateTimeFormat in a process loads ICU's data, ~20 ms of a cold export, which a
// release without an embargo never needs.
let dateTime: Intl.DateTimeFormat | undefined;
let calendarDate: Intl.DateTimeFormat | undefined;

const DATE_TIME = (): Intl.DateTimeFormat =>
  (dateTime ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }));

const CALENDAR_DATE = (): Intl.DateTimeFormat =>
  (calendarDate ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }));

const partsOf = (format: Intl.DateTimeFormat, at: Date | number): Record<string, string> =>
  Object.fromEntries(format.formatToParts(at).map(({ type, value }) => [type, value]));

/** `00:01 Wednesday 4 March 2026`: the instant on the UK wall clock. */
export function ukDateTime(at: Date | number): string {
  const part = partsOf(DATE_TIME(), at);
  return `${part.hour}:${part.minute} ${part.weekday} ${part.day} ${part.month} ${part.year}`;
}

/** The UK date at an instant as YYYY-MM-DD: 00:30 BST on 1 June is 1 June. */
export function ukCalendarDate(at: Date | number): string {
  const part = partsOf(CALENDAR_DATE(), at);
  return `${part.year}-${part.month}-${part.day}`;
}
