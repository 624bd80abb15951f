const UK_DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `now` as a YYYY-MM-DD date in the UK, whatever the computer's time zone: 00:30 BST on 1 June is 1 June. */
export function ukDate(now: Date): string {
  const part = Object.fromEntries(UK_DATE.formatToParts(now).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day}`;
}
