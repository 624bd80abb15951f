import { memo } from 'react';
import type { PreviewDocument } from '../../../shared/ipc';
import { STYLE_SHEET } from '../../../shared/doc-tree/style-sheet';
import { PreviewRuns } from './preview-runs';
import { lookStyle, styleFor } from './preview-style';
import type { PreviewState } from './use-preview';

type Block = PreviewDocument['blocks'][number];

/**
 * The release as it will print, drawn with React from the composed document the exports use (project:preview).
 * Document headings become h3/h4 here so the page's outline stays in order under "Preview" (h2). Memo'd: drawn
 * again only when the preview's state changes (after the pause in typing), and the page only for a new document.
 */
export const PreviewPanel = memo(function PreviewPanel({ preview }: { readonly preview: PreviewState }) {
  const doc = preview.document;
  return (
    <section className="panel preview" aria-labelledby="editor-preview-heading">
      <h2 id="editor-preview-heading">Preview</h2>
      <p className="preview-state" aria-live="polite">
        {preview.updating ? 'Updating preview…' : ''}
      </p>
      {preview.error && <p className="error-message">The preview could not be drawn: {preview.error}</p>}
      {doc && <PreviewPage doc={doc} />}
    </section>
  );
});

const PreviewPage = memo(function PreviewPage({ doc }: { readonly doc: PreviewDocument }) {
  const { theme } = doc;
  return (
    <div className="preview-page" style={{ color: theme.colours.text, borderTopColor: theme.colours.primary }}>
      {doc.logo && <img className="preview-logo" src={doc.logo.url} alt={doc.logo.alt} width={doc.logo.widthPx} height={doc.logo.heightPx} />}
      {doc.draftMark && (
        <p className="preview-draft" style={styleFor('draftMark', theme)}>
          {doc.draftMark}
        </p>
      )}
      {doc.blocks.map((block, index) => (
        <PreviewBlock key={index} block={block} theme={theme} />
      ))}
      {doc.footerLine && (
        <p className="preview-footer" style={styleFor('footer', theme)}>
          {doc.footerLine}
        </p>
      )}
      {doc.leftOut.length > 0 && (
        <div className="preview-left-out">
          <p>
            <strong>Not in the preview yet:</strong>
          </p>
          <ul>
            {doc.leftOut.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});

function PreviewBlock({ block, theme }: { readonly block: Block; readonly theme: PreviewDocument['theme'] }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = block.level === 1 ? 'h3' : 'h4';
      return (
        <Heading style={lookStyle(block.level === 1 ? STYLE_SHEET.heading1 : STYLE_SHEET.heading2, theme)}>
          <PreviewRuns runs={block.runs} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p className={`preview-${block.style}`} style={styleFor(block.style, theme)}>
          <PreviewRuns runs={block.runs} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="preview-list">
          {block.items.map((item, index) => (
            <li key={index} style={styleFor('listItem', theme)}>
              <PreviewRuns runs={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'quote':
      return (
        <div className="preview-quote">
          <p style={styleFor('attribution', theme)}>
            <PreviewRuns runs={block.attribution} />
          </p>
          <blockquote style={{ borderLeftColor: theme.colours.accent }}>
            {block.paragraphs.map((paragraph, index) => (
              <p key={index} style={styleFor('quote', theme)}>
                <PreviewRuns runs={paragraph} />
              </p>
            ))}
          </blockquote>
        </div>
      );
    case 'image':
      return (
        <figure className="preview-figure">
          {block.decorative ? (
            <img src={block.image.url} alt="" role="presentation" width={block.image.widthPx} height={block.image.heightPx} />
          ) : (
            <img src={block.image.url} alt={block.alt} width={block.image.widthPx} height={block.image.heightPx} />
          )}
          {(block.caption || block.credit) && (
            <figcaption>
              {block.caption && (
                <p style={styleFor('caption', theme)}>
                  <PreviewRuns runs={block.caption} />
                </p>
              )}
              {block.credit && (
                <p style={styleFor('credit', theme)}>
                  <PreviewRuns runs={block.credit} />
                </p>
              )}
            </figcaption>
          )}
        </figure>
      );
    case 'table':
      return (
        <table className="preview-table">
          {block.header && (
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={index} scope="col">
                    <PreviewRuns runs={cell} />
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  <td key={index}>
                    <PreviewRuns runs={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
