import { z } from 'zod';
import { BlockSchema, ReleaseSchema } from './release';
import { calendarDate, inlineText, requiredText } from './common';

const sectionTitle = requiredText('the section title');

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
    z.looseObject({ type: z.literal('release'), title: sectionTitle, release: ReleaseSchema }),
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
