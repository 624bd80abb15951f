import { z } from 'zod';
import { assetPath, calendarDate, dateTimeWithOffset, emailAddress, inlineText, optionalText, requiredText } from './common';

export const ParagraphBlockSchema = z.looseObject({
  type: z.literal('paragraph'),
  text: inlineText('the paragraph'),
});

export const HeadingBlockSchema = z.looseObject({
  type: z.literal('heading'),
  text: requiredText('the subheading'),
});

export const ListBlockSchema = z.looseObject({
  type: z.literal('list'),
  ordered: z.boolean({ error: 'say whether the list is numbered (ordered: true or false)' }),
  items: z
    .array(inlineText('the list item'), { error: 'the list items are missing' })
    .min(1, { message: 'the list has no items; add one or remove the list' }),
});

export const ApprovalSchema = z.looseObject({
  /** Who signed off the wording ("Cllr Jane Smith" or "Head of Communications"). */
  by: requiredText('the name of whoever approved the quote'),
  on: calendarDate('the approval date'),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const QuoteBlockSchema = z.looseObject({
  type: z.literal('quote'),
  /** Person ids from the project's `people`; several make one joint quote. */
  speakers: z
    .array(z.string({ error: 'each speaker must be a person id' }), { error: 'the quote has no speakers; pick who said it' })
    .min(1, { message: 'the quote has no speaker; pick who said it' }),
  paragraphs: z
    .array(inlineText('the quote paragraph'), { error: 'the quote has no words; add a paragraph' })
    .min(1, { message: 'the quote has no words; add a paragraph' }),
  approval: ApprovalSchema.nullable().optional(),
});

export const ImageBlockSchema = z
  .object({
    type: z.literal('image'),
    src: assetPath('the picture'),
    alt: z.string({ error: 'alt text is missing; describe the picture, or tick "decorative"' }).optional(),
    decorative: z.boolean({ error: 'say whether the picture is decorative: true or false' }).optional(),
    caption: optionalText('the caption'),
    credit: optionalText('the credit'),
  })
  .superRefine((image, ctx) => {
    if (!image.decorative && (image.alt === undefined || image.alt.trim() === '')) {
      // Placed at the image (the place names its file), but the field to fix is alt: `params.field` tells an editor.
      ctx.addIssue({ code: 'custom', message: 'alt text is missing; describe the picture, or tick "decorative"', params: { field: 'alt' } });
    }
  });

export const BlockSchema = z.discriminatedUnion(
  'type',
  [ParagraphBlockSchema, HeadingBlockSchema, ListBlockSchema, QuoteBlockSchema, ImageBlockSchema],
  { error: 'is not a kind of block Pressdesk knows; use paragraph, heading, list, quote or image' },
);
export type Block = z.infer<typeof BlockSchema>;
export type ImageBlock = z.infer<typeof ImageBlockSchema>;
export type QuoteBlock = z.infer<typeof QuoteBlockSchema>;

export const MediaContactSchema = z.looseObject({
  name: requiredText('the contact name'),
  role: optionalText('the contact role'),
  phone: optionalText('the contact phone number'),
  email: emailAddress('the contact email address'),
});
export type MediaContact = z.infer<typeof MediaContactSchema>;

export const ReleaseSchema = z.looseObject({
  headline: requiredText('the headline'),
  /** Standfirst under the headline (inline). */
  summary: optionalText('the summary'),
  date: calendarDate('the date of issue'),
  embargo: dateTimeWithOffset('the embargo').nullable().optional(),
  location: optionalText('the location'),
  reference: optionalText('the reference'),
  body: z.array(BlockSchema, { error: 'the body is missing; add at least one paragraph' }),
  notes: z.array(inlineText('the note to editors'), { error: 'the notes to editors must be a list' }).default([]),
  contacts: z.array(MediaContactSchema, { error: 'the media contacts must be a list' }).default([]),
  /** Extension (format v1, additive): heading over the notes. Default "Notes to editors". */
  notesHeading: optionalText('the notes heading'),
});
export type Release = z.infer<typeof ReleaseSchema>;
