/**
 * The document tree: what a document says and how its parts are styled, with no knowledge of
 * releases or packs. `compose` builds it; `render-docx` and `render-pdf` turn it into bytes.
 * If the DOCX and PDF disagree about content, the bug is in a renderer, never here.
 */

/** A stretch of text with the same marks. Text is already clean (no XML-illegal characters). */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Absolute https/http/mailto URL: the run is a real hyperlink. */
  readonly link?: string;
}

/** A paragraph is a list of runs. */
export type Runs = readonly Run[];

/**
 * Styles of free-standing paragraphs. Renderers map each to a named style (DOCX) or a text style (PDF);
 * the DOCX names in brackets are what Word and python-docx show. Paragraphs that belong to another block
 * are styled by that block: a quote's attribution [Attribution] and words [Quote], a picture's caption
 * [Caption] and credit [Credit], list items [List Bullet] / [List Number], headings [Heading 1/2].
 */
export type ParagraphStyle =
  | 'normal' // [Normal]
  | 'label' // [Release Label]: "News release" above the headline
  | 'meta' // [Release Meta]: date of issue, reference, a quote's approval on drafts
  | 'embargo' // [Embargo]: EMBARGOED UNTIL … line
  | 'standfirst' // [Subtitle]: the summary under the headline
  | 'ends' // [Ends]: the bold ENDS line
  | 'contact' // [Contact]: media contact block lines
  | 'title' // [Title]: a briefing pack's title on its cover
  | 'coverMeta' // [Cover Meta]: audience, date, status and marking on a pack's cover
  | 'question' // [Question]: a reactive question, bold, kept on the page of its answer
  | 'answer' // [Answer]: the line to take under a question
  | 'contentsEntry'; // [TOC 1]: a line of a contents list (see `pageOf`)

/** An image, already normalised: 8-bit sRGB PNG or baseline JPEG, integer pixel size, at most print size. */
export interface ImageData {
  readonly bytes: Uint8Array;
  readonly format: 'png' | 'jpeg';
  readonly widthPx: number;
  readonly heightPx: number;
  /**
   * The SVG this picture was drawn from (a logo may be SVG, already checked for script and outside references).
   * `bytes` is then its rendering at print resolution: the DOCX keeps the SVG with `bytes` as the fallback for
   * programs that cannot show SVG; the PDF draws `bytes`.
   */
  readonly svg?: Uint8Array;
}

export type Block =
  /** Level 1 is the document's main heading (the headline; a pack section's title); 2 is a subheading. */
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2;
      readonly runs: Runs;
      /**
       * A name other blocks refer to (a contents entry): a bookmark in the DOCX, a bookmark destination in the PDF.
       * Letters, digits and underscores, starting with a letter; unique in the tree.
       */
      readonly anchor?: string;
      /** Starts a new page (a pack's sections each start on one). */
      readonly pageBreakBefore?: boolean;
    }
  | {
      readonly kind: 'paragraph';
      readonly style: ParagraphStyle;
      readonly runs: Runs;
      /** Keep on the same page as the next paragraph (lines of one media contact), beyond what the style says. */
      readonly keepWithNext?: boolean;
      /** Starts a new page. */
      readonly pageBreakBefore?: boolean;
      /**
       * A contents line (style `contentsEntry`): the `anchor` of the heading it stands for. The renderer links the line
       * to that heading and ends it with the number of the page where the heading starts, counted as the footer counts
       * (the first page is 1), from its own layout: the PDF from its pagination, the DOCX from `pageNumbers` in its
       * options (the PDF layout's numbers, which LibreOffice and Word recompute from their own).
       */
      readonly pageOf?: string;
    }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly Runs[] }
  /** A stakeholder quote: attribution line, then the quoted paragraphs (quotation marks already added). */
  | { readonly kind: 'quote'; readonly attribution: Runs; readonly paragraphs: readonly Runs[] }
  | {
      readonly kind: 'image';
      readonly image: ImageData;
      /** Empty only when decorative. */
      readonly alt: string;
      readonly decorative: boolean;
      readonly caption?: Runs;
      readonly credit?: Runs;
    }
  | {
      readonly kind: 'table';
      /** Header row, repeated on each page a table spans; null for none. */
      readonly header: readonly Runs[] | null;
      readonly rows: readonly (readonly Runs[])[];
      /** Each column's share of the text width (they need not add up to 1); equal columns when absent. */
      readonly columnWidths?: readonly number[];
    };

export interface DocMeta {
  readonly title: string;
  readonly subject: string;
  /** The organisation (brand name). */
  readonly author: string;
  /** BCP 47 tag, e.g. en-GB. */
  readonly language: string;
  readonly keywords?: string;
}

/** A logo in the first page's header; `alt` names the organisation. */
export interface PageLogo {
  readonly image: ImageData;
  readonly alt: string;
}

/** Page furniture: everything on every page that is not the story. */
export interface PageFurniture {
  /** Logo at the top of the first page. */
  readonly logo?: PageLogo;
  /**
   * Partners' logos on a joint release, in the brand's order: one row with the logo at the top of the first page,
   * all the same height (see `logoRow` in style-sheet.ts).
   */
  readonly partnerLogos?: readonly PageLogo[];
  /** Footer line (address, legal line) on every page, with "Page X of Y". */
  readonly footerLine?: string;
  /** Text of a visible mark on every page, e.g. "DRAFT – NOT APPROVED FOR ISSUE"; absent when signed off. */
  readonly draftMark?: string;
  /**
   * A protective marking (e.g. OFFICIAL-SENSITIVE), printed at the top and the bottom of every page, the first
   * included; absent for none.
   */
  readonly classification?: string;
}

/** A font file the brand carries (TTF or OTF, already checked), for one role. */
export interface FontFile {
  readonly bytes: Uint8Array;
  /** The family name in the font's name table: what the DOCX styles name. */
  readonly family: string;
  /** The face is bold or italic itself (its head table says so), so neither renderer makes it bolder or slants it. */
  readonly bold: boolean;
  readonly italic: boolean;
}

export type FontRole = 'heading' | 'body';

export interface Theme {
  /** #rrggbb */
  readonly colours: { readonly primary: string; readonly accent: string; readonly text: string };
  /** Font family names as the DOCX should name them (e.g. Arial, or a brand file's family). */
  readonly fonts: { readonly heading: string; readonly body: string };
  /**
   * The brand's own font files, by role, when a role names one rather than a bundled font: the DOCX embeds them and
   * the PDF sets that role's text in them. A role without a file uses the bundled faces (Arial / Liberation Sans).
   */
  readonly fontFiles?: { readonly heading?: FontFile; readonly body?: FontFile };
}

export interface DocTree {
  readonly meta: DocMeta;
  readonly page: PageFurniture;
  readonly theme: Theme;
  readonly blocks: readonly Block[];
}
