/*
 * Dates as a UK press office writes them: "26 Nov 2026" and "26 Nov 2026, 14:05". The month names are our own
 * rather than Intl's, because ICU's en-GB short month for September is "Sept" in some versions and "Sep" in
 * others, and the list should read the same on every desktop.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-11-26" → "26 Nov 2026"; null for anything that is not a YYYY-MM-DD date. */
export function formatCalendarDate(value: string | null | undefined): string | null {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return null;
  const month = MONTHS[Number(match[2]) - 1];
  if (month === undefined) return null;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per time zone: building an Intl.DateTimeFormat is slow, and a list formats hundreds of times. */
function partsFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let format = partsFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    partsFormats.set(key, format);
  }
  return format;
}

/**
 * An ISO date-time as "26 Nov 2026, 14:05" in the computer's time zone (or `timeZone`, for tests); null when the
 * value is missing or not a date.
 */
export function formatDateTime(value: string | null | undefined, timeZone?: string): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const parts: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(time)) parts[part.type] = part.value;
  const month = MONTHS[Number(parts.month) - 1];
  if (month === undefined) return null;
  return `${Number(parts.day)} ${month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}
