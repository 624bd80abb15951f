import type { Theme } from '../doc-tree';
import { fontStandIn, markerOf } from './font-parts';

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
  /** A bookmark id (w:bookmarkStart/@w:id), unique in the document; docx's own counter is module-wide. */
  nextBookmarkId(): number;
  /** The page each anchor's heading starts on, for contents lines (RenderDocxOptions.pageNumbers). */
  readonly pageNumbers: ReadonlyMap<string, number>;
  /**
   * The bytes to give docx for a picture: a short stand-in that packDocx swaps for the picture itself.
   * docx names every picture by a SHA-1 of its bytes, computed in plain JavaScript, which cost more than
   * the rest of a small document's pictures put together; a stand-in is hashed in microseconds. The same
   * picture (the same bytes object) gets the same stand-in, so docx still stores it once.
   * A picture in the page furniture (a logo) gets a stand-in of its own, apart from the body's even for the same
   * bytes, so that the header refers to its pictures the same way whatever the body shows: furniture-parts.ts keeps
   * the header's XML from one export to the next.
   */
  mediaStandIn(bytes: Uint8Array, where?: 'body' | 'furniture'): Uint8Array;
  /** Each stand-in and the picture it stands for, for packDocx. */
  readonly media: ReadonlyMap<Uint8Array, Uint8Array>;
  /** The bytes to give docx for a brand font: a stand-in packDocx replaces with the font (font-parts.ts). */
  fontStandIn(bytes: Uint8Array): Uint8Array;
  /** Each font stand-in's marker and the font it stands for, for packDocx. */
  readonly fonts: ReadonlyMap<string, Uint8Array>;
}

const encoder = new TextEncoder();

/** `standIns: false` hands docx the real bytes (for when packDocx cannot swap them back). */
export const createRenderContext = (
  theme: Theme,
  { standIns = true, pageNumbers = new Map() }: { standIns?: boolean; pageNumbers?: ReadonlyMap<string, number> } = {},
): RenderContext => {
  let bookmarks = 0;
  let drawings = 0;
  let links = 0;
  let lists = 0;
  const standInOf = { body: new Map<Uint8Array, Uint8Array>(), furniture: new Map<Uint8Array, Uint8Array>() };
  const media = new Map<Uint8Array, Uint8Array>();
  const fontStandIns = new Map<Uint8Array, Uint8Array>();
  const fonts = new Map<string, Uint8Array>();
  return {
    theme,
    nextDrawingId: () => ++drawings,
    nextLinkId: () => `Link${++links}`,
    nextListInstance: () => ++lists,
    nextBookmarkId: () => ++bookmarks,
    pageNumbers,
    mediaStandIn: (bytes, where = 'body') => {
      if (!standIns) return bytes;
      const made = standInOf[where];
      let standIn = made.get(bytes);
      if (!standIn) {
        standIn = encoder.encode(`pressdesk-${where === 'body' ? 'picture' : 'logo'}-${made.size + 1}`);
        made.set(bytes, standIn);
        media.set(standIn, bytes);
      }
      return standIn;
    },
    media,
    fontStandIn: (bytes) => {
      if (!standIns) return bytes;
      let standIn = fontStandIns.get(bytes);
      if (!standIn) {
        const index = fontStandIns.size + 1;
        standIn = fontStandIn(index);
        fontStandIns.set(bytes, standIn);
        fonts.set(markerOf(index), bytes);
      }
      return standIn;
    },
    fonts,
  };
};
