import { z } from 'zod';
import { BrandSchema } from './brand';
import { PackSchema } from './pack';
import { PersonSchema } from './person';
import { ReleaseSchema } from './release';
import { requiredText } from './common';

export const PROJECT_FORMAT = 'pressdesk/project';
/** The newest format version this build reads and writes. */
export const CURRENT_VERSION = 1;

export const STATUSES = ['draft', 'review', 'approved', 'issued'] as const;
export type Status = (typeof STATUSES)[number];

/** True for the statuses that export without a DRAFT mark. */
export const isSignedOff = (status: Status): boolean => status === 'approved' || status === 'issued';

/**
 * Objects are loose everywhere in the model: fields this version does not know (added by a newer
 * version-1 Pressdesk, as the format allows) are kept and written back on save, never dropped.
 */
export const ProjectSchema = z
  .looseObject({
    format: z.literal(PROJECT_FORMAT, { error: `this is not a Pressdesk project file (format must be "${PROJECT_FORMAT}")` }),
    version: z.literal(CURRENT_VERSION),
    id: requiredText('the project id'),
    kind: z.enum(['release', 'pack'], { error: 'the kind must be "release" or "pack"' }),
    title: requiredText('the working title'),
    status: z.enum(STATUSES, { error: 'the status must be draft, review, approved or issued' }),
    updatedAt: z.string({ error: 'the last-saved time is missing' }).refine((value) => !Number.isNaN(Date.parse(value)), {
      message: 'the last-saved time is not a date and time; save the project again',
    }),
    brand: BrandSchema.optional(),
    people: z.array(PersonSchema, { error: 'the people must be a list' }).default([]),
    release: ReleaseSchema.optional(),
    pack: PackSchema.optional(),
  });

export type Project = z.infer<typeof ProjectSchema>;
/** What a project file holds before defaults are applied (what we write back). */
export type ProjectInput = z.input<typeof ProjectSchema>;
