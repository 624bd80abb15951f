import { z } from 'zod';
import { assetPathProblem } from './asset-path';

export { assetPathProblem, isSafeAssetPath } from './asset-path';

/**
 * Building blocks shared by every schema in the model. Messages are written for a comms officer:
 * what is wrong, then what to do, so a formatter only has to prefix the place.
 */

/** A required piece of text; `what` names it in plain English ("the headline"). */
export const requiredText = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null ? `${what} is missing; fill it in` : `${what} must be text`,
    })
    .refine((value) => value.trim().length > 0, { message: `${what} is empty; fill it in` });

/** Optional text: absent, null or a string. Empty strings are allowed and mean "not set". */
export const optionalText = (what: string) => z.string({ error: `${what} must be text` }).nullish();

/** One paragraph of inline text (the Markdown subset: bold, italic, links). */
export const inlineText = (what: string) => requiredText(what);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date written YYYY-MM-DD (the format's `date` fields). */
export const calendarDate = (what: string) =>
  z
    .string({ error: `${what} is missing; use a date such as 2026-03-04` })
    .refine(isCalendarDate, { message: `${what} is not a real date; write it as YYYY-MM-DD, e.g. 2026-03-04` });

const ISO_DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `value` is an ISO 8601 date-time that carries a UTC offset (or Z). */
export function isDateTimeWithOffset(value: string): boolean {
  return ISO_DATE_TIME_WITH_OFFSET.test(value) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** An ISO 8601 date-time with offset, e.g. 2026-03-04T00:01:00+00:00. */
export const dateTimeWithOffset = (what: string) =>
  z
    .string({ error: `${what} must be a date and time such as 2026-03-04T00:01:00+00:00` })
    .refine(isDateTimeWithOffset, {
      message: `${what} is not a date and time with a UTC offset; write it like 2026-03-04T00:01:00+00:00`,
    });

export const assetPath = (what: string) =>
  z.string({ error: `${what} must be the path of a file in the project's assets folder` }).superRefine((value, ctx) => {
    const problem = assetPathProblem(value);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} must be a file inside the project's assets folder, written like assets/picture.jpg (${problem}); copy the file into the assets folder and choose it again`,
      });
    }
  });

/** An email address; only the shape is checked (something@somewhere, no spaces). */
export const emailAddress = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .refine((value) => value.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()), {
      message: `${what} does not look like an email address; write it like press@council.gov.uk`,
    })
    .nullish();

/** A colour written #rrggbb. */
export const hexColour = (what: string) =>
  z
    .string({ error: `${what} must be a colour such as #1d70b8` })
    .regex(/^#[0-9a-fA-F]{6}$/, { message: `${what} must be a colour written #rrggbb, such as #1d70b8` });
