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
export const BodyEditor = memo(function BodyEditor({ body, people }: BodyEditorProps) {
  return (
    <section className="editor-section" aria-labelledby="editor-story-heading">
      <h2 id="editor-story-heading">Story</h2>
      <BlockList path={BODY} body={body} people={people} addGroupLabel="Add to the story" emptyText="The story is empty. Add a paragraph to start it." />
    </section>
  );
});

interface BlockListProps {
  /** Where the blocks are in the draft: ['release', 'body'], or a briefing pack's text section's body. */
  readonly path: Path;
  /** The draft's value at `path`. */
  readonly body: unknown;
  readonly people: unknown;
  /** Names the group of "Add …" buttons ("Add to the story"). */
  readonly addGroupLabel: string;
  readonly emptyText: string;
}

/** The blocks at `path` and the "Add …" buttons: the story's editor, wherever a list of blocks is (a release, a pack's text section). */
export const BlockList = memo(function BlockList({ path: listPath, body: stored, people, addGroupLabel, emptyText }: BlockListProps) {
  const api = useEditor();
  const body = asArray(stored);
  const addFirstId = fieldId([...listPath, 'add-paragraph']);
  const { move, remove, keyDown } = useReorder(listPath, body, blockLabel, addFirstId);
  const labels = useMemo(() => blockLabels(body), [body]);

  const add = (type: BlockType) => {
    const index = body.length;
    api.edit([{ op: 'insert', path: listPath, index, value: newBlock(type) }]);
    api.focusSoon(fieldId([...listPath, index, FIRST_FIELD[type]]), fieldId([...listPath, index]));
    const count = body.filter((block) => asRecord(block).type === type).length + 1;
    api.announce(`Added ${BLOCK_NAMES[type].toLowerCase()} ${count}`);
  };

  return (
    <>
      <div id={fieldId(listPath)} tabIndex={-1} className="blocks">
        {body.length === 0 && <p>{emptyText}</p>}
        {body.map((block, index) => {
          const type = asRecord(block).type;
          return (
            <StoryBlock
              key={`${index}-${String(type)}`}
              listPath={listPath}
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
      <div className="add-buttons" role="group" aria-label={addGroupLabel}>
        {BLOCK_TYPES.map((type) => (
          <button type="button" key={type} id={fieldId([...listPath, `add-${type}`])} onClick={() => add(type)}>
            {ADD_LABELS[type]}
          </button>
        ))}
      </div>
    </>
  );
});

interface StoryBlockProps {
  readonly listPath: Path;
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
const StoryBlock = memo(function StoryBlock({ listPath, index, block, label, first, last, people, move, remove, keyDown }: StoryBlockProps) {
  // The same path while the block stays at this index, so the block's fields can skip drawing when only the frame
  // changes (its label, or Move down when a block is added after it).
  const path = useMemo(() => [...listPath, index], [listPath, index]);
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
