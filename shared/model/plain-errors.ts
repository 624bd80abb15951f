import type { z } from 'zod';

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  array: 'a list',
  object: 'a group of fields { … }',
};

/**
 * The words for any issue a schema has no message of its own for, so no raw zod text ("Invalid input:
 * expected object, received undefined") ever reaches a person. Schema-level messages take precedence.
 */
export const plainEnglishError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing; fill it in' : `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'is not in a form Pressdesk knows; check it against docs/project-format.md';
    case 'too_small':
      return issue.origin === 'array' ? 'is empty; add at least one' : 'is too short';
    case 'too_big':
      return 'is too long';
    case 'invalid_format':
      return 'is not written the way the format asks; check it against docs/project-format.md';
    default:
      return 'is not valid; check it against docs/project-format.md';
  }
};
