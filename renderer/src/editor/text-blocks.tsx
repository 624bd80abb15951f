import { memo } from 'react';
import { InlineTextField } from './inline-text-field';
import { asRecord, type Path } from './json-path';
import { TextField } from './text-field';

/** What every block editor is given: the block's path in the draft and the block as the draft holds it. */
export interface BlockProps {
  readonly path: Path;
  readonly block: unknown;
}

/** A paragraph of the story: inline text. */
export const ParagraphBlock = memo(function ParagraphBlock({ path, block }: BlockProps) {
  return <InlineTextField path={[...path, 'text']} value={asRecord(block).text} label="Text" rows={4} />;
});

/** A subheading: plain text (headings carry no bold or links). */
export const HeadingBlock = memo(function HeadingBlock({ path, block }: BlockProps) {
  return <TextField path={[...path, 'text']} value={asRecord(block).text} label="Text" />;
});
