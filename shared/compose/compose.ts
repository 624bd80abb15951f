import { isFontFile } from '../brands/library-brand';
import type { DocTree, FontFile, FontRole, ImageData, PageLogo, Theme } from '../doc-tree';
import { PLAIN_BRAND, isSignedOff, type Brand, type Project } from '../model';
import { cleanText } from './clean-text';
import { parseInline, plainText } from './inline';
import { classificationOf, composePack, PACK_LABEL } from './pack';
import { DEFAULT_LABEL, composeRelease } from './release';

export const DRAFT_MARK = 'DRAFT – NOT APPROVED FOR ISSUE';
/** Fonts every council desktop has; the PDF matches them with metric-compatible Liberation Sans. */
export const DEFAULT_FONT = 'Arial';

export interface ComposeInput {
  readonly project: Project;
  /** Every picture and logo the project uses, normalised, keyed by its path in project.json. */
  readonly images: ReadonlyMap<string, ImageData>;
  /** The brand's font files (see fontPaths), checked, keyed by their path in project.json. */
  readonly fonts?: ReadonlyMap<string, FontFile>;
}

/** Project → document tree. Pure: the same project and pictures always give the same tree. */
export function compose({ project, images, fonts = new Map() }: ComposeInput): DocTree {
  if (project.kind === 'pack') return composePackProject({ project, images, fonts });
  const brand = project.brand ?? PLAIN_BRAND;
  const release = project.release;
  // The model reports a release project without a release (model/references.ts); reaching here is a bug.
  if (!release) throw new Error('compose: the project is a release but has no release');
  const signedOff = isSignedOff(project.status);
  const logo = brand.logo ? images.get(brand.logo) : undefined;
  const partnerLogos = partnerLogosOf(brand, images);
  const footerLine = brand.footer?.trim() ? cleanText(brand.footer.trim()) : undefined;
  return {
    meta: {
      title: cleanText(release.headline.trim()),
      subject: release.summary?.trim() ? plainText(parseInline(release.summary)) : cleanText(brand.label?.trim() || DEFAULT_LABEL),
      author: cleanText(brand.name.trim()),
      language: 'en-GB',
      ...(release.reference?.trim() ? { keywords: cleanText(release.reference.trim()) } : {}),
    },
    page: {
      ...(logo ? { logo: { image: logo, alt: `${cleanText(brand.name.trim())} logo` } } : {}),
      ...(partnerLogos.length > 0 ? { partnerLogos } : {}),
      ...(footerLine ? { footerLine } : {}),
      ...(signedOff ? {} : { draftMark: DRAFT_MARK }),
    },
    theme: themeOf(brand, fonts),
    blocks: composeRelease(release, { brand, people: project.people, images, showApprovals: !signedOff }),
  };
}

/** A briefing pack: its cover, contents and sections, with the brand's furniture and the protective marking. */
function composePackProject({ project, images, fonts = new Map() }: ComposeInput): DocTree {
  const brand = project.brand ?? PLAIN_BRAND;
  const pack = project.pack;
  // The model reports a pack project without a pack (model/references.ts); reaching here is a bug.
  if (!pack) throw new Error('compose: the project is a briefing pack but has no pack');
  const signedOff = isSignedOff(project.status);
  const logo = brand.logo ? images.get(brand.logo) : undefined;
  const partnerLogos = partnerLogosOf(brand, images);
  const footerLine = brand.footer?.trim() ? cleanText(brand.footer.trim()) : undefined;
  const classification = classificationOf(pack);
  const audience = pack.audience?.trim() ? ` for ${cleanText(pack.audience.trim())}` : '';
  return {
    meta: {
      title: cleanText(pack.title.trim()),
      subject: `${PACK_LABEL}${audience}`,
      author: cleanText(brand.name.trim()),
      language: 'en-GB',
      ...(classification ? { keywords: classification } : {}),
    },
    page: {
      ...(logo ? { logo: { image: logo, alt: `${cleanText(brand.name.trim())} logo` } } : {}),
      ...(partnerLogos.length > 0 ? { partnerLogos } : {}),
      ...(footerLine ? { footerLine } : {}),
      ...(signedOff ? {} : { draftMark: DRAFT_MARK }),
      ...(classification ? { classification } : {}),
    },
    theme: themeOf(brand, fonts),
    blocks: composePack(
      pack,
      { brand, people: project.people, images, showApprovals: !signedOff },
      { signedOff, statusLabel: STATUS_LABELS[project.status] },
    ),
  };
}

/** How the cover states the sign-off. */
const STATUS_LABELS: Readonly<Record<Project['status'], string>> = {
  draft: 'Draft – not approved for issue',
  review: 'In review – not approved for issue',
  approved: 'Approved',
  issued: 'Issued',
};

/** A joint release's partners that have a logo, in the brand's order; each logo's alt text names its partner. */
function partnerLogosOf(brand: Brand, images: ReadonlyMap<string, ImageData>): PageLogo[] {
  return (brand.partners ?? []).flatMap((partner) => {
    const image = partner.logo ? images.get(partner.logo) : undefined;
    return image ? [{ image, alt: `${cleanText(partner.name.trim())} logo` }] : [];
  });
}

/**
 * The brand's colours and fonts. A font role names a bundled font (the DOCX names it, the PDF uses its metric twin)
 * or a TTF/OTF file in the project: then the DOCX names the file's own family and embeds it, and the PDF sets that
 * role's text in it.
 */
function themeOf(brand: Brand, fonts: ReadonlyMap<string, FontFile>): Theme {
  const files: Partial<Record<FontRole, FontFile>> = {};
  const family = (role: FontRole): string => {
    const named = brand.fonts?.[role]?.trim();
    if (named === undefined || named === '') return DEFAULT_FONT;
    if (!isFontFile(named)) return named;
    const file = fonts.get(named);
    // Callers load every path fontPaths lists first and tell the user about any they cannot use (see shared/export).
    if (file === undefined) throw new Error(`compose: the font "${named}" was not loaded before composing`);
    files[role] = file;
    return cleanText(file.family);
  };
  const theme = { colours: brand.colours, fonts: { heading: family('heading'), body: family('body') } };
  return Object.keys(files).length > 0 ? { ...theme, fontFiles: files } : theme;
}

/** Every picture path the composed document will need, logos first (the brand's, then its partners'), so callers
 *  can load them first. */
export function imagePaths(project: Project): string[] {
  const brand = project.brand;
  const paths = new Set<string>();
  if (brand?.logo) paths.add(brand.logo);
  for (const partner of brand?.partners ?? []) if (partner.logo) paths.add(partner.logo);
  const bodies = [
    project.release?.body ?? [],
    ...(project.pack?.sections ?? []).map((section) => (section.type === 'text' ? section.body : section.type === 'release' ? section.release.body : [])),
  ];
  for (const body of bodies) for (const block of body) if (block.type === 'image') paths.add(block.src);
  return [...paths];
}

/** The brand's logo files (its own and its partners'), which export checks against the brand limits. */
export function logoPaths(project: Project): string[] {
  const brand = project.brand;
  return [...new Set([brand?.logo, ...(brand?.partners ?? []).map((partner) => partner.logo)].filter((path): path is string => path !== undefined))];
}

/** The brand's font files (roles that name a TTF/OTF file rather than a bundled font), each once. */
export function fontPaths(project: Project): string[] {
  const fonts = project.brand?.fonts;
  return [...new Set([fonts?.heading, fonts?.body].map((font) => font?.trim()).filter((font): font is string => font !== undefined && isFontFile(font)))];
}
