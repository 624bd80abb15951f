import {
  ImageTypeMismatchError,
  ImageUnreadableError,
  ImageUnsupportedError,
} from './errors';
import { extensionOf, formatFromExtension, isInputFormat, type InputFormat } from './formats';
import { sniffFormat } from './sniff';

/**
 * The format to decode a file as, from its contents, checked against its name. The contents decide: a JPEG
 * renamed to .png is still a JPEG, and saying so tells the user exactly what to fix.
 */
export function checkFormat(bytes: Uint8Array, project: string, file: string): InputFormat {
  if (bytes.length === 0) throw new ImageUnreadableError(project, file, true);
  const actual = sniffFormat(bytes);
  if (actual === undefined) throw new ImageUnreadableError(project, file);
  // Refuse SVG and phone formats whatever the name says: renaming them would not help.
  if (!isInputFormat(actual)) throw new ImageUnsupportedError(project, file, actual);
  const claimed = formatFromExtension(file);
  if (claimed !== actual) throw new ImageTypeMismatchError(project, file, actual, extensionOf(file), claimed);
  return actual;
}
