import type { DocTree, ImageData } from '../doc-tree';
import { PLAIN_BRAND, isSignedOff, type Project } from '../model';
import { cleanText } from './clean-text';
import { parseInline, plainText } from './inline';
import { DEFAULT_LABEL, composeRelease } from './release';

export const DRAFT_MARK = 'DRAFT – NOT APPROVED FOR ISSUE';
/** Fonts every council desktop has; the PDF matches them with metric-compatible Liberation Sans. */
export const DEFAULT_FONT = 'Arial';

export interface ComposeInput {
  readonly project: Project;
  /** Every picture and logo the project uses, normalised, keyed by its path in project.json. */
  readonly images: ReadonlyMap<string, ImageData>;
}

/** Project → document tree. Pure: the same project and pictures always give the same tree. */
export function compose({ project, images }: ComposeInput): DocTree {
  const brand = project.brand ?? PLAIN_BRAND;
  const release = project.release;
  // Callers check the kind first and tell the user (see shared/export); reaching here is a bug.
  if (project.kind !== 'release' || !release) throw new Error('compose: only releases can be composed so far');
  const signedOff = isSignedOff(project.status);
  const logo = brand.logo ? images.get(brand.logo) : undefined;
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
      ...(footerLine ? { footerLine } : {}),
      ...(signedOff ? {} : { draftMark: DRAFT_MARK }),
    },
    theme: {
      colours: brand.colours,
      fonts: { heading: brand.fonts?.heading ?? DEFAULT_FONT, body: brand.fonts?.body ?? DEFAULT_FONT },
    },
    blocks: composeRelease(release, { brand, people: project.people, images, showApprovals: !signedOff }),
  };
}

/** Every picture path the composed document will need, so callers can load them first. */
export function imagePaths(project: Project): string[] {
  const brand = project.brand;
  const paths = new Set<string>();
  if (brand?.logo) paths.add(brand.logo);
  for (const block of project.release?.body ?? []) if (block.type === 'image') paths.add(block.src);
  return [...paths];
}
