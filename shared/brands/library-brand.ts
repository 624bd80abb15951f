import { z } from 'zod';
import { BrandSchema, optionalText, requiredText, type Brand } from '../model';

/*
 * A brand as the brand library keeps it: `brands/<id>/brand.json` holds the format's Brand, except that its files
 * (logo, partner logos, font files) are named by their file name inside the brand's own folder ("logo.svg"), not by
 * a path under a project's assets/. Applying it to a project copies the files and rewrites the names.
 */

export const BRAND_FILE = 'brand.json';

/** 40 MB, counted as a file manager does: no logo or font needs more, and each is held in memory whole. Applies when
 *  a file is added to a brand and again when a project's copy is exported. */
export const MAX_BRAND_FILE_BYTES = 40_000_000;

/** A brand's id, which is its folder's name: a slug (lowercase letters, digits, hyphens). The IPC contract repeats it. */
export const BRAND_ID = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;
export const isBrandId = (value: string): boolean => BRAND_ID.test(value);

/** Why `value` is not the name of a file in a brand's folder, or undefined when it is one. */
export function brandFileNameProblem(value: string): string | undefined {
  if (value.trim() === '') return 'it is empty';
  if (value.length > 255) return 'it is too long';
  if (/[/\\:\0]/.test(value)) return 'it is a path, not the name of a file in the brand folder';
  if (value.startsWith('.')) return 'it starts with "."';
  if (value === BRAND_FILE) return `it is the brand's own ${BRAND_FILE}`;
  return undefined;
}

const brandFile = (what: string) =>
  z.string({ error: `${what} must be the name of a file in the brand folder` }).superRefine((value, ctx) => {
    const problem = brandFileNameProblem(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what} must be the name of a file in the brand folder, like logo.png (${problem})` });
  });

/** A font is a file of the brand when its name ends .ttf or .otf; anything else names a bundled font. */
export const isFontFile = (font: string): boolean => /\.(ttf|otf)$/i.test(font.trim());

const font = (what: string) =>
  requiredText(what).superRefine((value, ctx) => {
    const problem = isFontFile(value) ? brandFileNameProblem(value) : undefined;
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: `${what} must be a bundled font's name or a TTF/OTF file in the brand folder (${problem})` });
  });

export const LibraryBrandSchema = BrandSchema.extend({
  /** What the library calls the brand ("Plain"), when that is not the organisation's name. Not copied to projects. */
  title: optionalText('the brand title'),
  logo: brandFile('the logo').optional(),
  partners: z.array(z.looseObject({ name: requiredText('the partner name'), logo: brandFile('the partner logo').optional() })).optional(),
  fonts: z.looseObject({ heading: font('the heading font'), body: font('the body font') }).optional(),
});
export type LibraryBrand = z.infer<typeof LibraryBrandSchema>;

/** The name a brand goes by in the library's list. */
export const brandTitle = (brand: LibraryBrand): string => (brand.title?.trim() ? brand.title.trim() : brand.name);

/** What a brand file is for, which decides how it is checked. */
export type BrandFileRole = 'logo' | 'partner-logo' | 'font';

/** Every file a brand refers to, each once, with what it is for. */
export function brandFiles(brand: Pick<Brand, 'logo' | 'partners' | 'fonts'>): { readonly file: string; readonly role: BrandFileRole }[] {
  const files = new Map<string, BrandFileRole>();
  if (brand.logo) files.set(brand.logo, 'logo');
  for (const partner of brand.partners ?? []) if (partner.logo && !files.has(partner.logo)) files.set(partner.logo, 'partner-logo');
  for (const face of [brand.fonts?.heading, brand.fonts?.body]) if (face !== undefined && isFontFile(face)) files.set(face, 'font');
  return [...files].map(([file, role]) => ({ file, role }));
}

/** The brand with each of its files renamed by `rename` (the library's names → a project's assets/ paths). */
export function renameBrandFiles<T extends Pick<Brand, 'logo' | 'partners' | 'fonts'>>(brand: T, rename: (file: string) => string): T {
  return {
    ...brand,
    ...(brand.logo ? { logo: rename(brand.logo) } : {}),
    ...(brand.partners ? { partners: brand.partners.map((partner) => (partner.logo ? { ...partner, logo: rename(partner.logo) } : partner)) } : {}),
    ...(brand.fonts
      ? {
          fonts: {
            ...brand.fonts,
            heading: isFontFile(brand.fonts.heading) ? rename(brand.fonts.heading) : brand.fonts.heading,
            body: isFontFile(brand.fonts.body) ? rename(brand.fonts.body) : brand.fonts.body,
          },
        }
      : {}),
  };
}
