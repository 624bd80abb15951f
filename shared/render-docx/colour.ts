import { DocxRenderError } from './errors';

/** WordprocessingML colours are six hex digits without the `#` the tree's theme uses. */
export const wordColour = (value: string, field: string): string => {
  const match = /^#?([0-9a-f]{6})$/i.exec(value.trim());
  if (match?.[1] === undefined) {
    throw new DocxRenderError(`The brand colour ${field} is "${value}", which is not a #rrggbb colour. Fix it in the brand settings.`);
  }
  return match[1].toUpperCase();
};

