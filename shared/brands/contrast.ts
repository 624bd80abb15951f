/*
 * WCAG 2.x contrast between two sRGB colours written #rrggbb, for the brand editor's live check (text on white,
 * white on the primary colour). Pure and free of imports, so the renderer may use it (eslint.config.js lets the
 * renderer import shared/brands; this file must stay free of Node and of the font and SVG checks beside it).
 *
 * Definitions: https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and #dfn-contrast-ratio. The 0.04045 threshold
 * is the sRGB standard's (WCAG 2.2 corrected its old 0.03928; no 8-bit value lies between the two).
 */

/** WCAG 2.2 success criterion 1.4.3 (AA): body text needs at least this ratio against its background. */
export const MINIMUM_TEXT_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{6})$/i;

/** True when `value` is a colour written #rrggbb, the only form a brand accepts. */
export const isHexColour = (value: string): boolean => HEX.test(value.trim());

/** The colour's relative luminance (0 for black, 1 for white), or undefined when it is not written #rrggbb. */
export function relativeLuminance(colour: string): number | undefined {
  const match = HEX.exec(colour.trim());
  if (!match) return undefined;
  const hex = match[1]!;
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * The contrast ratio of two colours, from 1 (the same) to 21 (black and white); the order does not matter.
 * Undefined when either is not written #rrggbb.
 */
export function contrastRatio(a: string, b: string): number | undefined {
  const first = relativeLuminance(a);
  const second = relativeLuminance(b);
  if (first === undefined || second === undefined) return undefined;
  const [light, dark] = first > second ? [first, second] : [second, first];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The ratio as people read it, "4.54:1", to two places as contrast checkers show it; except that a ratio just under
 * 4.5 is cut, not rounded up, so it never reads "4.50:1" beside a warning that it is too low.
 */
export function formatRatio(ratio: number): string {
  const rounded = Math.round(ratio * 100) / 100;
  const shown = ratio < MINIMUM_TEXT_CONTRAST && rounded >= MINIMUM_TEXT_CONTRAST ? Math.floor(ratio * 100) / 100 : rounded;
  return `${shown.toFixed(2)}:1`;
}

export interface ContrastCheck {
  /** The ratio, or undefined when a colour is not written #rrggbb (the colour field says so). */
  readonly ratio: number | undefined;
  /** True when the ratio is at least MINIMUM_TEXT_CONTRAST. */
  readonly passes: boolean;
}

export function checkContrast(foreground: string, background: string): ContrastCheck {
  const ratio = contrastRatio(foreground, background);
  return { ratio, passes: ratio !== undefined && ratio >= MINIMUM_TEXT_CONTRAST };
}
