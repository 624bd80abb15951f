import { BLOCK_NAMES, BLOCK_TYPES, blockLabel, newBlock, type BlockType } from './block-labels';
import { BlockFrame } from './block-frame';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asRecord } from './json-path';
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

/** The story: its blocks in order, each movable and removable, and a button to add each kind at the end. */
export function BodyEditor() {
  const api = useEditor();
  const addFirstId = fieldId([...BODY, 'add-paragraph']);
  const { items: body, move, remove, onKeyDown } = useReorder(BODY, blockLabel, addFirstId);

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
          const path = [...BODY, index];
          const type = asRecord(block).type;
          return (
            <BlockFrame
              key={`${index}-${String(type)}`}
              path={path}
              label={blockLabel(body, index)}
              first={index === 0}
              last={index === body.length - 1}
              onMove={(direction) => move(index, index + direction)}
              onRemove={() => remove(index)}
              onKeyDown={onKeyDown(index)}
            >
              <BlockFields type={type} path={path} />
            </BlockFrame>
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
}

function BlockFields({ type, path }: { readonly type: unknown; readonly path: (string | number)[] }) {
  switch (type) {
    case 'paragraph':
      return <ParagraphBlock path={path} />;
    case 'heading':
      return <HeadingBlock path={path} />;
    case 'list':
      return <ListBlock path={path} />;
    case 'quote':
      return <QuoteBlock path={path} />;
    case 'image':
      return <ImageBlock path={path} />;
    default:
      return <p>Pressdesk cannot edit this kind of block ({String(type)}). Remove it, or fix the project file.</p>;
  }
}
