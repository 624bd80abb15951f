import type { ShapedRun, StyledShape } from './face-set';
import type { FaceKey, GlyphPlacement, LaidLine, LaidPiece, TextSpan } from './types';

/** Part of a line: text of one span, shaped. */
export interface Item {
  readonly shape: StyledShape;
  readonly span: number;
}

/**
 * A laid piece that builds its glyph and position arrays only when asked: drawing reads the shaped runs directly,
 * and a long document has hundreds of thousands of glyphs.
 */
export class Piece implements LaidPiece {
  private glyphList: unknown[] | undefined;
  private positionList: GlyphPlacement[] | undefined;
  private joined: string | undefined;

  constructor(
    readonly face: FaceKey,
    readonly sizePt: number,
    readonly bold: boolean,
    readonly italic: boolean,
    readonly link: string | undefined,
    readonly width: number,
    /** The shaped runs, in visual order. */
    readonly runs: readonly ShapedRun[],
  ) {}

  get text(): string {
    return (this.joined ??= this.runs.map((run) => run.text).join(''));
  }

  get glyphs(): readonly unknown[] {
    return (this.glyphList ??= this.runs.flatMap((run) => run.shaped.glyphs));
  }

  get positions(): readonly GlyphPlacement[] {
    if (this.positionList === undefined) {
      const size = this.sizePt;
      this.positionList = this.runs.flatMap(({ shaped: run }) =>
        run.glyphs.map((_, g) => ({
          xAdvance: run.xAdvance[g] * size,
          xOffset: run.xOffset === null ? 0 : run.xOffset[g] * size,
          yOffset: run.yOffset === null ? 0 : run.yOffset[g] * size,
        })),
      );
    }
    return this.positionList;
  }
}

interface Fragment {
  readonly run: ShapedRun;
  readonly span: number;
}

const isBlank = (run: ShapedRun): boolean => run.text.trim().length === 0;

/**
 * Right-to-left words (Arabic, Hebrew) are shaped into visual order one word at a time; this puts a sequence of
 * such words, with the spaces between them, into right-to-left order. A simplification of the Unicode
 * bidirectional algorithm that is enough for an Arabic phrase within English text or a line of Arabic; digits and
 * punctuation inside an Arabic phrase keep their logical order.
 */
const reorderRightToLeft = (fragments: readonly Fragment[]): Fragment[] => {
  const out: Fragment[] = [];
  let i = 0;
  while (i < fragments.length) {
    if (!fragments[i].run.shaped.rtl) {
      out.push(fragments[i++]);
      continue;
    }
    let last = i;
    for (let j = i + 1; j < fragments.length; j++) {
      if (fragments[j].run.shaped.rtl) last = j;
      else if (!isBlank(fragments[j].run)) break;
    }
    for (let j = last; j >= i; j--) out.push(fragments[j]);
    i = last + 1;
  }
  return out;
};

/** Collects runs into pieces: runs next to each other with the same face, marks and link share a piece. */
class PieceBuilder {
  readonly pieces: LaidPiece[] = [];
  width = 0;
  private face: FaceKey | undefined;
  private span = -1;
  private bold = false;
  private italic = false;
  private link: string | undefined;
  private runs: ShapedRun[] = [];
  private em = 0;

  constructor(
    private readonly spans: readonly TextSpan[],
    private readonly sizePt: number,
  ) {}

  push(run: ShapedRun, span: number): void {
    if (run.face !== this.face || (span !== this.span && !this.sameMarks(this.spans[span]))) {
      this.flush();
      const marks = this.spans[span];
      this.face = run.face;
      this.bold = marks.bold ?? false;
      this.italic = marks.italic ?? false;
      this.link = marks.link;
    }
    this.span = span;
    this.runs.push(run);
    this.em += run.shaped.em;
  }

  flush(): void {
    if (this.face === undefined || this.runs.length === 0) return;
    const piece = new Piece(this.face, this.sizePt, this.bold, this.italic, this.link, this.em * this.sizePt, this.runs);
    this.pieces.push(piece);
    this.width += piece.width;
    this.runs = [];
    this.em = 0;
  }

  private sameMarks(marks: TextSpan): boolean {
    return (marks.bold ?? false) === this.bold && (marks.italic ?? false) === this.italic && marks.link === this.link;
  }
}

/** Joins a line's items into pieces, in visual order. */
export const toLaidLine = (items: readonly Item[], spans: readonly TextSpan[], sizePt: number): LaidLine => {
  const builder = new PieceBuilder(spans, sizePt);
  let rtl = false;
  // Indexed loops: see break-lines.ts.
  for (let i = 0; i < items.length; i++) {
    const { shape, span } = items[i]!;
    for (let r = 0; r < shape.runs.length; r++) {
      const run = shape.runs[r]!;
      if (run.shaped.rtl) rtl = true;
      builder.push(run, span);
    }
  }
  if (rtl) {
    // Rare: start again with the right-to-left words reordered.
    const fragments: Fragment[] = [];
    for (const item of items) for (const run of item.shape.runs) fragments.push({ run, span: item.span });
    const reordered = new PieceBuilder(spans, sizePt);
    for (const { run, span } of reorderRightToLeft(fragments)) reordered.push(run, span);
    reordered.flush();
    return { pieces: reordered.pieces, width: reordered.width };
  }
  builder.flush();
  return { pieces: builder.pieces, width: builder.width };
};
