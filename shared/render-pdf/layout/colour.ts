import { rgb, type RGB } from '@cantoo/pdf-lib';
import { DRAFT_RED, type ColourRole, type Theme } from '../../doc-tree';

/** `#1d70b8` → pdf-lib's rgb(0–1). */
export function colourOf(hex: string): RGB {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

export type Palette = Readonly<Record<ColourRole, RGB>>;

export const paletteOf = (theme: Theme): Palette => ({
  text: colourOf(theme.colours.text),
  primary: colourOf(theme.colours.primary),
  accent: colourOf(theme.colours.accent),
  draft: colourOf(DRAFT_RED),
});

/** The engine draws in plain 0–1 components. */
export const components = (colour: RGB) => ({ r: colour.red, g: colour.green, b: colour.blue });
