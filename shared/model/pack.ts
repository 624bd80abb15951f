import { z } from 'zod';
import { BlockSchema, ReleaseSchema } from './release';
import { calendarDate, inlineText, requiredText } from './common';

const sectionTitle = requiredText('the section title');

/**
 * Extension (format v1, additive): where an included release was copied from, so the pack can say when that project
 * has changed since and offer to copy it again. `project` is the source project's id (it survives a renamed folder),
 * `name` its folder name when copied, `hash` the SHA-256 (hex) of the source's release and the people it names, as
 * shared/app-host/release-source.ts computes it. Absent for a release written into the pack by hand.
 */
export const ReleaseSourceSchema = z.looseObject({
  project: requiredText('the id of the project the release was copied from'),
  name: requiredText('the folder of the project the release was copied from'),
  title: z.string({ error: 'the title of the project the release was copied from must be text' }).optional(),
  copiedAt: z.string({ error: 'when the release was copied is missing' }).refine((value) => !Number.isNaN(Date.parse(value)), {
    message: 'when the release was copied is not a date and time; include the release again',
  }),
  hash: requiredText('the fingerprint of the copied release'),
});
export type ReleaseSource = z.infer<typeof ReleaseSourceSchema>;

export const SectionSchema = z.discriminatedUnion(
  'type',
  [
    z.looseObject({ type: z.literal('text'), title: sectionTitle, body: z.array(BlockSchema) }),
    z.looseObject({ type: z.literal('messages'), title: sectionTitle, items: z.array(inlineText('the key message')) }),
    z.looseObject({
      type: z.literal('qa'),
      title: sectionTitle,
      items: z.array(z.looseObject({ q: inlineText('the question'), a: inlineText('the line to take') })),
    }),
    z.looseObject({
      type: z.literal('timeline'),
      title: sectionTitle,
      items: z.array(
        z.looseObject({
          when: requiredText('the "when" of the timeline row'),
          what: requiredText('the "what" of the timeline row'),
          who: z.string().optional(),
        }),
      ),
    }),
    z.looseObject({ type: z.literal('contacts'), title: sectionTitle, people: z.array(z.string()) }),
    z.looseObject({ type: z.literal('release'), title: sectionTitle, release: ReleaseSchema, source: ReleaseSourceSchema.optional() }),
  ],
  { error: 'is not a kind of section Pressdesk knows; use text, messages, qa, timeline, contacts or release' },
);
export type Section = z.infer<typeof SectionSchema>;

export const PackSchema = z.looseObject({
  title: requiredText('the pack title'),
  audience: z.string().optional(),
  date: calendarDate('the pack date'),
  /** Protective marking, e.g. OFFICIAL-SENSITIVE; null for none. */
  classification: z.string().nullable().optional(),
  sections: z.array(SectionSchema),
});
export type Pack = z.infer<typeof PackSchema>;
