import { InlineTextField } from './inline-text-field';
import type { Path } from './json-path';
import { TextField } from './text-field';

/** A paragraph of the story: inline text. */
export function ParagraphBlock({ path }: { readonly path: Path }) {
  return <InlineTextField path={[...path, 'text']} label="Text" rows={4} />;
}

/** A subheading: plain text (headings carry no bold or links). */
export function HeadingBlock({ path }: { readonly path: Path }) {
  return <TextField path={[...path, 'text']} label="Text" />;
}
