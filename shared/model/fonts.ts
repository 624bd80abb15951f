/**
 * Fonts a brand may name without adding a file: the DOCX names them (every council desktop has them) and the PDF
 * embeds a metric-compatible face shipped in resources/fonts/ (Arial: Liberation Sans). Any other heading or body
 * font is a TTF/OTF file the brand carries (project-format.md, Brand.fonts).
 */
export const BUNDLED_FONT_NAMES = ['Arial'] as const;
export type BundledFontName = (typeof BUNDLED_FONT_NAMES)[number];

export const isBundledFontName = (name: string): name is BundledFontName => (BUNDLED_FONT_NAMES as readonly string[]).includes(name.trim());
