import { createHash } from 'node:crypto';
import type Fontkit from '@cantoo/fontkit';
import { svgProblems } from '../brands/svg-check';
import { PAGE_GEOMETRY, type FontFile, type ImageData } from '../doc-tree';
import { PressdeskError } from '../errors';
import { normaliseImage, rasteriseSvg, sniffFormat } from '../images';
import { MAX_BRAND_FILE_BYTES } from '../brands/library-brand';
import { assetVersion, readAsset } from '../storage';

/** A brand file (logo or font) the project names that cannot go into a document; nothing is embedded from it. */
export class BrandFileError extends PressdeskError {
  override readonly name = 'BrandFileError';
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Results by the file's contents, so exporting again reuses the logos prepared and the fonts read last time: a brand
 * is the same from one release to the next, and decoding and encoding three logos was most of what a joint brand
 * added to a warm export. The PDF's text engine also keeps its shaping per font (by the bytes object), which a fresh
 * copy of the font's bytes at every export would throw away. A workspace has a handful of brands.
 * The `ByVersion` maps answer before reading at all when the file is the very one read last time (storage's assetVersion:
 * same real path, inode, size and times), sparing a 700 KB font's read and hash at every export.
 */
const MAX_CACHED = 16;
const logos = new Map<string, Promise<ImageData>>();
const readFonts = new Map<string, FontFile>();
const logosByVersion = new Map<string, Promise<ImageData>>();
const fontsByVersion = new Map<string, FontFile>();
const remember = <T>(cache: Map<string, T>, key: string, value: T): T => {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
  return value;
};

const joinReasons = (reasons: readonly string[]): string =>
  reasons.length === 1 ? reasons[0]! : `${reasons.slice(0, -1).join('; ')}; and ${reasons[reasons.length - 1]}`;

/**
 * A logo (the brand's or a partner's): at most 40 MB, PNG or JPEG normalised as any picture is, or an SVG checked
 * again for script and outside references (a project edited by hand never went through the brand library's check)
 * and drawn at 600 dpi for the logo box, the SVG itself kept for the DOCX.
 */
export async function loadLogo(dir: string, src: string, project: string): Promise<ImageData> {
  const version = `logo\0${await assetVersion(dir, src, 'logo', { maxBytes: MAX_BRAND_FILE_BYTES })}`;
  const same = logosByVersion.get(version);
  if (same !== undefined) return same;
  const loading = prepareLogo(await readAsset(dir, src, 'logo', { maxBytes: MAX_BRAND_FILE_BYTES }), src, project);
  loading.catch(() => logosByVersion.delete(version));
  return remember(logosByVersion, version, loading);
}

async function prepareLogo(bytes: Uint8Array, src: string, project: string): Promise<ImageData> {
  const key = sha256(bytes);
  const known = logos.get(key);
  if (known !== undefined) return known;
  const svg = sniffFormat(bytes) === 'svg';
  const problems = svg ? svgProblems(bytes) : [];
  if (problems.length > 0) {
    throw new BrandFileError(
      `${project}: the logo "${src}" cannot be used, because it ${joinReasons(problems)}. Nothing from it was put into the documents. ` +
        'Save the logo again from your design program as a plain SVG (or as a PNG), put it in the assets folder and choose it again.',
    );
  }
  const loading = svg ? rasteriseSvg(bytes, { name: src, project, box: PAGE_GEOMETRY.logoBox }) : normaliseImage(bytes, { name: src, project });
  // A failure is not kept: the next export tries again (and says so again, naming that project).
  loading.catch(() => logos.delete(key));
  return remember(logos, key, loading);
}

/** A brand font: at most 40 MB, one TTF/OTF face fontkit reads, embeddable, with English, Welsh and Gaelic letters. */
export async function loadFont(dir: string, src: string, project: string): Promise<FontFile> {
  const version = `font\0${await assetVersion(dir, src, 'font', { maxBytes: MAX_BRAND_FILE_BYTES })}`;
  const same = fontsByVersion.get(version);
  if (same !== undefined) return same;
  return remember(fontsByVersion, version, await prepareFont(await readAsset(dir, src, 'font', { maxBytes: MAX_BRAND_FILE_BYTES }), src, project));
}

async function prepareFont(bytes: Uint8Array, src: string, project: string): Promise<FontFile> {
  const key = sha256(bytes);
  const known = readFonts.get(key);
  if (known !== undefined) return known;
  // fontkit only when a brand has a font: the command line would otherwise load it for every Word export.
  const [{ checkFont }, { default: fontkit }] = await Promise.all([import('../brands/font-check'), import('@cantoo/fontkit')]);
  const checked = checkFont(bytes);
  if (!checked.ok) {
    throw new BrandFileError(
      `${project}: the font "${src}" cannot be used, because it ${checked.reason}. Nothing from it was put into the documents. ` +
        'Choose another TTF or OTF file for the brand, or one of the bundled fonts (Arial).',
    );
  }
  return remember(readFonts, key, { bytes, family: checked.family, ...styleOf(fontkit, bytes) });
}

/**
 * Whether the face is bold or italic itself, from its head table's macStyle (the bits Word and fontkit read), so a
 * bold display face set as the heading font is not made bolder still. checkFont has read the font, so this cannot
 * fail; if it ever did, the face counts as regular (bold text is then drawn heavier, never lost).
 */
function styleOf(fontkit: typeof Fontkit, bytes: Uint8Array): { bold: boolean; italic: boolean } {
  try {
    const font = fontkit.create(bytes) as unknown as { head?: { macStyle?: { bold?: boolean; italic?: boolean } } };
    return { bold: font.head?.macStyle?.bold === true, italic: font.head?.macStyle?.italic === true };
  } catch {
    return { bold: false, italic: false };
  }
}
