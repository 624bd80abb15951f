import type { Block, DocTree, ImageData, Runs } from '../doc-tree';
import type { PreviewDocument } from '../ipc';

type PreviewBlock = PreviewDocument['blocks'][number];

/** A picture as the window loads it: its URL, given the path it was loaded from. */
export type PictureUrl = (image: ImageData) => string;

type PreviewRun = { text: string; bold?: boolean; italic?: boolean; link?: string };

const runs = (from: Runs): PreviewRun[] =>
  from.map(({ text, bold, italic, link }) => ({
    text,
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(link ? { link } : {}),
  }));

const picture = (image: ImageData, url: PictureUrl) => ({ url: url(image), widthPx: image.widthPx, heightPx: image.heightPx });

function block(from: Block, url: PictureUrl): PreviewBlock {
  switch (from.kind) {
    case 'heading':
      return { kind: 'heading', level: from.level, runs: runs(from.runs) };
    case 'paragraph':
      return { kind: 'paragraph', style: from.style, runs: runs(from.runs) };
    case 'list':
      return { kind: 'list', ordered: from.ordered, items: from.items.map(runs) };
    case 'quote':
      return { kind: 'quote', attribution: runs(from.attribution), paragraphs: from.paragraphs.map(runs) };
    case 'image':
      return {
        kind: 'image',
        image: picture(from.image, url),
        alt: from.alt,
        decorative: from.decorative,
        ...(from.caption ? { caption: runs(from.caption) } : {}),
        ...(from.credit ? { credit: runs(from.credit) } : {}),
      };
    case 'table':
      return { kind: 'table', header: from.header ? from.header.map(runs) : null, rows: from.rows.map((row) => row.map(runs)) };
  }
}

/** The composed tree as the window draws it: the same blocks, pictures as URLs instead of bytes. */
export function previewDocument(tree: DocTree, url: PictureUrl, leftOut: readonly string[]): PreviewDocument {
  const { logo, draftMark, footerLine } = tree.page;
  return {
    title: tree.meta.title,
    draftMark: draftMark ?? null,
    footerLine: footerLine ?? null,
    logo: logo ? { ...picture(logo.image, url), alt: logo.alt } : null,
    theme: { colours: { ...tree.theme.colours }, fonts: { ...tree.theme.fonts } },
    blocks: tree.blocks.map((from) => block(from, url)),
    leftOut: [...leftOut],
  };
}
