import type { LibraryBrandDraft, ProblemData } from '../../../shared/ipc';
import { isHexColour } from '../../../shared/brands/contrast';
import { BUNDLED_FONT_NAMES } from '../../../shared/model/fonts';

/*
 * The brand editor's logic, pure so it is tested without a browser: the form's state made from a library brand and
 * back (fields the form does not show are kept), the checks it makes at once as the user types, and where the host's
 * problems (by path) belong in the form.
 */

/** The labels a release may carry above its headline (uk-press-office.md). */
export const RELEASE_LABELS = ['News release', 'Press release', 'Media statement'] as const;
export const DEFAULT_LABEL = RELEASE_LABELS[0];
export const DEFAULT_FONT: string = BUNDLED_FONT_NAMES[0];

export const COLOUR_FIELDS = ['primary', 'accent', 'text'] as const;
export type ColourField = (typeof COLOUR_FIELDS)[number];
export const COLOUR_LABELS: Readonly<Record<ColourField, string>> = { primary: 'Primary colour', accent: 'Accent colour', text: 'Text colour' };

/** A row of a list the user reorders; `key` is React's, stable while the row moves. */
export interface PartnerRow {
  readonly key: string;
  readonly name: string;
  /** The logo's file name in the brand folder, or null for none. */
  readonly logo: string | null;
  /** Fields of the partner the form does not show, kept as loaded. */
  readonly extra?: Readonly<Record<string, unknown>>;
}
export interface ParagraphRow {
  readonly key: string;
  readonly text: string;
}

export interface BrandForm {
  readonly title: string;
  readonly name: string;
  readonly label: string;
  readonly logo: string | null;
  readonly partners: readonly PartnerRow[];
  readonly colours: Readonly<Record<ColourField, string>>;
  readonly headingFont: string;
  readonly bodyFont: string;
  readonly boilerplate: readonly ParagraphRow[];
  readonly footer: string;
  /** The brand as it was loaded: fields the form does not show are saved as they were. */
  readonly base: LibraryBrandDraft;
}

let keys = 0;
/** A fresh key for a new row. */
export const rowKey = (): string => `row-${++keys}`;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function formOf(brand: LibraryBrandDraft): BrandForm {
  const fonts = record(brand.fonts);
  return {
    title: text(brand.title),
    name: text(brand.name),
    label: text(brand.label).trim() || DEFAULT_LABEL,
    logo: text(brand.logo) || null,
    partners: list(brand.partners).map((partner) => ({ key: rowKey(), name: text(record(partner).name), logo: text(record(partner).logo) || null, extra: record(partner) })),
    colours: { primary: text(brand.colours.primary), accent: text(brand.colours.accent), text: text(brand.colours.text) },
    headingFont: text(fonts.heading).trim() || DEFAULT_FONT,
    bodyFont: text(fonts.body).trim() || DEFAULT_FONT,
    boilerplate: list(brand.boilerplate).map((paragraph) => ({ key: rowKey(), text: text(paragraph) })),
    footer: text(brand.footer),
    base: brand,
  };
}

/**
 * The brand to save. Empty optional fields are left out (an empty footer prints nothing, an empty "About" paragraph
 * is not a paragraph); a brand that named no fonts and still uses the standard one names none, so applying it does
 * not report a font change that is not one. Colours are saved as typed (trimmed, lower case).
 */
export function brandOf(form: BrandForm): LibraryBrandDraft {
  const brand: Record<string, unknown> = { ...form.base };
  for (const field of ['title', 'logo', 'partners', 'fonts', 'boilerplate', 'footer']) delete brand[field];
  const title = form.title.trim();
  if (title) brand.title = title;
  brand.name = form.name.trim();
  brand.label = form.label;
  if (form.logo) brand.logo = form.logo;
  if (form.partners.length > 0) {
    brand.partners = form.partners.map((row) => {
      const kept = { ...row.extra };
      delete kept.logo;
      return { ...kept, name: row.name.trim(), ...(row.logo ? { logo: row.logo } : {}) };
    });
  }
  const namedFonts = form.base.fonts !== undefined;
  if (namedFonts || form.headingFont !== DEFAULT_FONT || form.bodyFont !== DEFAULT_FONT) {
    brand.fonts = { ...record(form.base.fonts), heading: form.headingFont, body: form.bodyFont };
  }
  const paragraphs = form.boilerplate.map((row) => row.text.trim()).filter(Boolean);
  if (paragraphs.length > 0) brand.boilerplate = paragraphs;
  if (form.footer.trim()) brand.footer = form.footer.trim();
  brand.colours = {
    ...record(form.base.colours),
    primary: form.colours.primary.trim().toLowerCase(),
    accent: form.colours.accent.trim().toLowerCase(),
    text: form.colours.text.trim().toLowerCase(),
  };
  return brand as LibraryBrandDraft;
}

/** The id of each field's control, built from the path the host reports problems at. */
export const brandFieldId = (path: readonly (string | number)[]): string => `brand-${path.map(String).join('-')}`;

/** What the user sees a field called, for the summary of problems at the top of the form. */
export function brandFieldLabel(path: readonly (string | number)[]): string {
  const [head, index, leaf] = path;
  if (head === 'colours' && typeof index === 'string' && index in COLOUR_LABELS) return COLOUR_LABELS[index as ColourField];
  if (head === 'partners' && typeof index === 'number') return `Partner ${index + 1} ${leaf === 'logo' ? 'logo' : 'name'}`;
  if (head === 'boilerplate' && typeof index === 'number') return `“About” paragraph ${index + 1}`;
  if (head === 'fonts') return index === 'body' ? 'Body font' : 'Heading font';
  const labels: Record<string, string> = { name: 'Organisation name', title: 'Library title', label: 'Label above releases', logo: 'Logo', footer: 'Footer line' };
  return labels[String(head)] ?? 'The brand';
}

/**
 * The problems the form finds itself, as the user types, by field id: what the host would refuse, said at once and
 * beside the field. The host checks everything again when saving.
 */
export function formProblems(form: BrandForm): Map<string, string> {
  const problems = new Map<string, string>();
  if (!form.name.trim()) problems.set(brandFieldId(['name']), 'Enter the organisation’s name. It is printed in the “About” heading and the document’s details.');
  for (const field of COLOUR_FIELDS) {
    const value = form.colours[field].trim();
    if (!isHexColour(value)) {
      problems.set(
        brandFieldId(['colours', field]),
        value
          ? `“${value}” is not a colour Pressdesk can use. Write it as # and six hexadecimal digits, for example #1d70b8, or pick it with the colour button.`
          : `Enter the ${COLOUR_LABELS[field].toLowerCase()} as # and six hexadecimal digits, for example #1d70b8.`,
      );
    }
  }
  form.partners.forEach((partner, index) => {
    if (!partner.name.trim()) problems.set(brandFieldId(['partners', index, 'name']), `Enter partner ${index + 1}’s name (it is the logo’s text alternative), or remove the partner.`);
  });
  return problems;
}

/** The host's problems (brands:save refused) by field id; ones with no field of the form under `general`. */
export function hostProblems(problems: readonly ProblemData[]): { readonly fields: Map<string, string>; readonly general: string[] } {
  const fields = new Map<string, string>();
  const general: string[] = [];
  for (const problem of problems) {
    const path = problem.path;
    const known =
      (path.length === 1 && ['name', 'title', 'label', 'logo', 'footer'].includes(String(path[0]))) ||
      (path[0] === 'colours' && COLOUR_FIELDS.includes(path[1] as ColourField)) ||
      (path[0] === 'partners' && typeof path[1] === 'number' && (path[2] === 'name' || path[2] === 'logo')) ||
      (path[0] === 'fonts' && (path[1] === 'heading' || path[1] === 'body')) ||
      (path[0] === 'boilerplate' && typeof path[1] === 'number');
    const message = sentence(problem.message);
    if (known) {
      const id = brandFieldId(path[0] === 'boilerplate' ? path.slice(0, 2) : path);
      if (!fields.has(id)) fields.set(id, message);
    } else general.push(problem.place ? `${problem.place}: ${message}` : message);
  }
  return { fields, general };
}

const sentence = (text: string): string => {
  const trimmed = text.trim().replace(/\.$/, '');
  return `${trimmed.charAt(0).toLocaleUpperCase('en-GB')}${trimmed.slice(1)}.`;
};

/** Moves a row from one place to another (out of range: unchanged). */
export function moveRow<T>(rows: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= rows.length || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row!);
  return next;
}

/**
 * True for a font that is a file of the brand (TTF or OTF); anything else names a bundled font. The same rule as
 * shared/brands/library-brand.ts's isFontFile, repeated so the window does not load the library's zod schemas.
 */
export const isFontFile = (font: string): boolean => /\.(ttf|otf)$/i.test(font.trim());
