/**
 * Embargo times: typed as a date and a time on a UK wall clock, stored as ISO 8601 with the UTC offset London had
 * then (+00:00 in GMT, +01:00 in BST). The offset comes from the time-zone database through Intl, never from a
 * hand-written rule about the last Sundays of March and October.
 */

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The wall-clock date and time in London at an instant: { date: 'YYYY-MM-DD', time: 'HH:MM' }. */
function londonWallClock(instant: Date): { readonly date: string; readonly time: string; readonly seconds: string } {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, seconds: parts.second ?? '00' };
}

/** London's offset from UTC at an instant, in minutes (0 or 60). */
export function londonOffsetMinutes(instant: Date): number {
  const wall = londonWallClock(instant);
  const asUtc = Date.parse(`${wall.date}T${wall.time}:${wall.seconds}Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const size = Math.abs(minutes);
  return `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
};

/**
 * `('2026-03-04', '00:01')` → `2026-03-04T00:01:00+00:00`; `('2026-06-10', '00:01')` → `…+01:00`. Returns null
 * when the date or time is incomplete. A time the clocks skip (01:30 on the March change day) is read with the
 * winter offset, so it prints as the moment it means (02:30 BST); a time that happens twice in October takes the
 * first (BST) one.
 */
export function londonToIso(date: string, time: string): string | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  const wallAsUtc = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wallAsUtc)) return null;
  // Try the offset London has a little before and after the wall time read as UTC; the first that round-trips wins.
  const candidates = [londonOffsetMinutes(new Date(wallAsUtc - 3 * 3_600_000)), londonOffsetMinutes(new Date(wallAsUtc + 3 * 3_600_000))];
  const offsets = [...new Set([...candidates].sort((a, b) => b - a))];
  const fits = offsets.find((offset) => londonWallClock(new Date(wallAsUtc - offset * 60_000)).time === time);
  return `${date}T${time}:00${formatOffset(fits ?? Math.min(...offsets))}`;
}

/**
 * The London date and time of a stored embargo, for the inputs. A value that is not a complete date-time (the
 * user ticked "Embargoed" but has not finished typing) gives back whatever date and time it holds.
 */
export function isoToLondon(value: string): { readonly date: string; readonly time: string } {
  const instant = /[+-]\d{2}:\d{2}$|Z$/.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isNaN(instant)) {
    const wall = londonWallClock(new Date(instant));
    return { date: wall.date, time: wall.time };
  }
  const match = /^(\d{4}-\d{2}-\d{2})?(?:T(\d{2}:\d{2})?)?/.exec(value);
  return { date: match?.[1] ?? '', time: match?.[2] ?? '' };
}

/** What the editor stores while the date or time is missing: not valid, so the checks panel asks for it. */
export const incompleteEmbargo = (date: string, time: string): string => `${date}T${time}`;
