/** Picture formats Pressdesk can recognise from a file's first bytes. */
export type SniffedFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'tiff' | 'svg' | 'heic' | 'avif';

/**
 * Formats we decode. SVG (allowed for logos by the format) waits for the brand-kit work, which rasterises it. HEIC (iPhone photos) is recognised only to say what to do:
 * prebuilt sharp has no HEVC decoder. AVIF is refused with it, so that phone formats get one clear answer.
 */
export type InputFormat = Exclude<SniffedFormat, 'svg' | 'heic' | 'avif'>;

export const INPUT_FORMATS: readonly InputFormat[] = ['png', 'jpeg', 'gif', 'webp', 'tiff'];

export const isInputFormat = (format: SniffedFormat): format is InputFormat =>
  (INPUT_FORMATS as readonly SniffedFormat[]).includes(format);

/** How a press officer would name the format. */
export const FORMAT_LABELS: Readonly<Record<SniffedFormat, string>> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  tiff: 'TIFF',
  svg: 'SVG',
  heic: 'HEIC',
  avif: 'AVIF',
};

/** The extension to suggest when a file needs renaming. */
export const PREFERRED_EXTENSIONS: Readonly<Record<SniffedFormat, string>> = {
  png: '.png',
  jpeg: '.jpg',
  gif: '.gif',
  webp: '.webp',
  tiff: '.tif',
  svg: '.svg',
  heic: '.heic',
  avif: '.avif',
};

const FORMATS_BY_EXTENSION: Readonly<Record<string, SniffedFormat>> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  tif: 'tiff',
  tiff: 'tiff',
  svg: 'svg',
  heic: 'heic',
  heif: 'heic',
  avif: 'avif',
};

/** `"assets/Harbour.JPG"` → `".jpg"`; `""` when the last path segment has no extension. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  // A leading dot is a hidden file's name, not an extension.
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format a file's name claims, or undefined when the extension is missing or unknown. */
export const formatFromExtension = (name: string): SniffedFormat | undefined =>
  FORMATS_BY_EXTENSION[extensionOf(name).slice(1)];
