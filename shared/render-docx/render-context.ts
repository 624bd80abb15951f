import type { Theme } from '../doc-tree';

/**
 * Counters for one render. docx numbers drawings from one module-wide counter and gives hyperlinks random ids, so
 * the same tree would come out different each time; ids from here make the output depend on the tree alone.
 */
export interface RenderContext {
  readonly theme: Theme;
  /** A drawing id (wp:docPr/@id), unique in the document. */
  nextDrawingId(): number;
  /** A hyperlink relationship id, without docx's `rId` prefix. */
  nextLinkId(): string;
  /** A numbering instance, so each list gets its own w:num and a numbered list starts again at 1. */
  nextListInstance(): number;
}

export const createRenderContext = (theme: Theme): RenderContext => {
  let drawings = 0;
  let links = 0;
  let lists = 0;
  return {
    theme,
    nextDrawingId: () => ++drawings,
    nextLinkId: () => `Link${++links}`,
    nextListInstance: () => ++lists,
  };
};
