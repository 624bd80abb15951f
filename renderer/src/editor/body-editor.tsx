import { memo, useMemo, type KeyboardEvent } from 'react';
import { BLOCK_NAMES, BLOCK_TYPES, blockLabel, blockLabels, newBlock, type BlockType } from './block-labels';
import { BlockFrame } from './block-frame';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asArray, asRecord, type Path } from './json-path';
import { useReorder } from './use-reorder';
import { HeadingBlock, ParagraphBlock } from './text-blocks';
import { ListBlock } from './list-block';
import { QuoteBlock } from './quote-block';
import { ImageBlock } from './image-block';

const BODY = ['release', 'body'] as const;

const ADD_LABELS: Readonly<Record<BlockType, string>> = {
  paragraph: 'Add paragraph',
  heading: 'Add subheading',
  list: 'Add list',
  quote: 'Add quote',
  image: 'Add image',
};

/** The first control to put the cursor in when a block of this kind is added. */
const FIRST_FIELD: Readonly<Record<BlockType, string>> = {
  paragraph: 'text',
  heading: 'text',
  list: 'ordered',
  quote: 'speakers',
  image: 'src',
};

interface BodyEditorProps {
  /** The draft's release.body. */
  readonly body: unknown;
  /** The draft's people, which quotes need to print their attribution. */
  readonly people: unknown;
}

/**
 * The story: its blocks in order, each movable and removable, and a button to add each kind at the end. Each block
 * is memo'd and given its own block of the draft (the reducer keeps unchanged blocks' identity), its index and
 * callbacks that take the index, so typing in one block draws that block alone.
 */
export const BodyEditor = memo(function BodyEditor({ body: stored, people }: BodyEditorProps) {
  const api = useEditor();
  const body = asArray(stored);
  const addFirstId = fieldId([...BODY, 'add-paragraph']);
  const { move, remove, keyDown } = useReorder(BODY, body, blockLabel, addFirstId);
  const labels = useMemo(() => blockLabels(body), [body]);

  const add = (type: BlockType) => {
    const index = body.length;
    api.edit([{ op: 'insert', path: BODY, index, value: newBlock(type) }]);
    api.focusSoon(fieldId([...BODY, index, FIRST_FIELD[type]]), fieldId([...BODY, index]));
    const count = body.filter((block) => asRecord(block).type === type).length + 1;
    api.announce(`Added ${BLOCK_NAMES[type].toLowerCase()} ${count}`);
  };

  return (
    <section className="editor-section" aria-labelledby="editor-story-heading">
      <h2 id="editor-story-heading">Story</h2>
      <div id={fieldId(BODY)} tabIndex={-1} className="blocks">
        {body.length === 0 && <p>The story is empty. Add a paragraph to start it.</p>}
        {body.map((block, index) => {
          const type = asRecord(block).type;
          return (
            <StoryBlock
              key={`${index}-${String(type)}`}
              index={index}
              block={block}
              label={labels[index]!}
              first={index === 0}
              last={index === body.length - 1}
              // Only quotes show people: the others are not drawn again when a speaker is added elsewhere.
              people={type === 'quote' ? people : undefined}
              move={move}
              remove={remove}
              keyDown={keyDown}
            />
          );
        })}
      </div>
      <div className="add-buttons" role="group" aria-label="Add to the story">
        {BLOCK_TYPES.map((type) => (
          <button type="button" key={type} id={fieldId([...BODY, `add-${type}`])} onClick={() => add(type)}>
            {ADD_LABELS[type]}
          </button>
        ))}
      </div>
    </section>
  );
});

interface StoryBlockProps {
  readonly index: number;
  /** The block as the draft holds it. */
  readonly block: unknown;
  readonly label: string;
  readonly first: boolean;
  readonly last: boolean;
  readonly people: unknown;
  /** From useReorder: the same functions for every block and every render. */
  readonly move: (from: number, to: number) => void;
  readonly remove: (index: number) => void;
  readonly keyDown: (index: number, event: KeyboardEvent) => void;
}

/** One block of the story in its frame; drawn again only when its own props change. */
const StoryBlock = memo(function StoryBlock({ index, block, label, first, last, people, move, remove, keyDown }: StoryBlockProps) {
  // The same path while the block stays at this index, so the block's fields can skip drawing when only the frame
  // changes (its label, or Move down when a block is added after it).
  const path = useMemo(() => [...BODY, index], [index]);
  return (
    <BlockFrame
      path={path}
      label={label}
      first={first}
      last={last}
      onMove={(direction) => move(index, index + direction)}
      onRemove={() => remove(index)}
      onKeyDown={(event) => keyDown(index, event)}
    >
      <BlockFields type={asRecord(block).type} path={path} block={block} people={people} />
    </BlockFrame>
  );
});

interface BlockFieldsProps {
  readonly type: unknown;
  readonly path: Path;
  readonly block: unknown;
  readonly people: unknown;
}

function BlockFields({ type, path, block, people }: BlockFieldsProps) {
  switch (type) {
    case 'paragraph':
      return <ParagraphBlock path={path} block={block} />;
    case 'heading':
      return <HeadingBlock path={path} block={block} />;
    case 'list':
      return <ListBlock path={path} block={block} />;
    case 'quote':
      return <QuoteBlock path={path} block={block} people={people} />;
    case 'image':
      return <ImageBlock path={path} block={block} />;
    default:
      return <p>Pressdesk cannot edit this kind of block ({String(type)}). Remove it, or fix the project file.</p>;
  }
}
