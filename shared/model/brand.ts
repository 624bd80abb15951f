import { z } from 'zod';
import { assetPath, hexColour, inlineText, optionalText, requiredText } from './common';

export const BrandColoursSchema = z.looseObject({
  primary: hexColour('the primary colour'),
  accent: hexColour('the accent colour'),
  text: hexColour('the text colour'),
});

export const BrandSchema = z.looseObject({
  /** Organisation name: used in the boilerplate heading and as the document author. */
  name: requiredText('the brand name'),
  logo: assetPath('the logo').optional(),
  partners: z
    .array(z.looseObject({ name: requiredText('the partner name'), logo: assetPath('the partner logo').optional() }))
    .optional(),
  colours: BrandColoursSchema,
  /** Bundled font names, or paths under assets/ to TTF/OTF files. */
  fonts: z.looseObject({ heading: requiredText('the heading font'), body: requiredText('the body font') }).optional(),
  boilerplate: z.array(inlineText('the boilerplate paragraph')).optional(),
  footer: optionalText('the footer line'),
  /** Extension (format v1, additive): the label printed above releases. Default "News release". */
  label: optionalText('the release label'),
  /**
   * Extension (format v1, additive): the brand library entry this brand was copied from (its id) and when, so
   * "Update to latest brand" knows which one to refresh from. Absent on a brand written by hand.
   */
  source: z.looseObject({ id: requiredText('the brand id'), appliedAt: requiredText('the time the brand was applied') }).optional(),
});
export type Brand = z.infer<typeof BrandSchema>;

/** The built-in plain brand, used when a project carries none. */
export const PLAIN_BRAND: Brand = {
  name: 'Press office',
  colours: { primary: '#0b0c0c', accent: '#1d70b8', text: '#0b0c0c' },
};
