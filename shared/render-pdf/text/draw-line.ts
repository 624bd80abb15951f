import { PDFOperator, PDFOperatorNames, type PDFName } from '@cantoo/pdf-lib';
import type { Glyph } from '@cantoo/fontkit';
import { numberText as num } from '../pdf-source';
import { Piece } from './laid-line';
import type { RunCode, SubsetGlyphs } from './subset-glyphs';
import type { FaceKey, LaidLine, LaidPiece, LinkRange } from './types';

/** What drawing needs of each face in one document. */
export interface DrawFace {
  /** The font's name in each page's /Resources /Font. */
  readonly resourceName: PDFName;
  readonly glyphs: SubsetGlyphs;
  readonly unitsPerEm: number;
}

export interface DrawnLine {
  readonly operators: PDFOperator[];
  readonly links: LinkRange[];
}


const op = (name: PDFOperatorNames, ...args: string[]): PDFOperator => PDFOperator.of(name, args);

/**
 * Writes TJ arrays as text: glyph codes in literal strings with kerning as whole thousandths of an em between them (positive
 * moves left), so each glyph lands where fontkit placed it although the PDF advances by the glyph's own width from
 * the W array. Rounding error is carried into the next displacement, so it never builds up along a line.
 * pdf-lib copies a string operand into the content stream as it is, which is far cheaper than a PDFArray of
 * PDFHexStrings and PDFNumbers for a long document.
 */
class ShowText {
  private array = '';
  private codes = '';
  /** Displacement owed before the next glyph, in thousandths of an em (the TJ unit). */
  private adjust = 0;

  constructor(private readonly operators: PDFOperator[]) {}

  move(thousandths: number): void {
    this.adjust += thousandths;
  }

  /** A displacement is in thousandths of the font size; keep its length in pt when the size changes. */
  resize(from: number, to: number): void {
    this.adjust *= from / to;
  }

  glyph(code: string): void {
    const whole = Math.round(this.adjust);
    if (whole !== 0) {
      if (this.codes !== '') this.array += `(${this.codes})`;
      this.array += ` ${whole} `;
      this.codes = '';
    }
    this.adjust -= whole;
    this.codes += code;
  }

  /** A whole run at once, from codes prepared for the document (see RunCode). */
  run(code: RunCode): void {
    this.adjust += code.before;
    const whole = Math.round(this.adjust);
    if (whole !== 0) {
      if (this.codes !== '') this.array += `(${this.codes})`;
      this.array += ` ${whole} `;
      this.codes = '';
    }
    const { parts } = code;
    this.codes += parts[0];
    for (let i = 1; i < parts.length; i += 2) {
      this.array += `(${this.codes})${parts[i]}`;
      this.codes = parts[i + 1];
    }
    this.adjust += code.after - whole;
  }

  /** Ends the TJ array; a displacement still owed opens the next one. */
  flush(): void {
    if (this.codes !== '') this.array += `(${this.codes})`;
    if (this.array !== '') this.operators.push(op(PDFOperatorNames.ShowTextAdjusted, `[${this.array}]`));
    this.array = '';
    this.codes = '';
  }
}

/** Glyphs with positions in ems, however the piece holds them. */
interface EmRun {
  readonly glyphs: readonly Glyph[];
  readonly xAdvance: ArrayLike<number>;
  readonly xOffset: ArrayLike<number> | null;
  readonly yOffset: ArrayLike<number> | null;
}

/** A piece built elsewhere than breakLines: its positions are in pt. */
const emRunOf = (piece: LaidPiece): EmRun => {
  const perPt = 1 / piece.sizePt;
  return {
    glyphs: piece.glyphs as readonly Glyph[],
    xAdvance: piece.positions.map((position) => position.xAdvance * perPt),
    xOffset: piece.positions.map((position) => position.xOffset * perPt),
    yOffset: piece.positions.map((position) => position.yOffset * perPt),
  };
};

/** Glyph by glyph, for runs with raised or lowered marks and pieces from elsewhere. */
const showGlyphs = (show: ShowText, operators: PDFOperator[], face: DrawFace, run: EmRun, size: number): void => {
  const { glyphs: subset, unitsPerEm } = face;
  for (let g = 0; g < run.glyphs.length; g++) {
    const glyph = run.glyphs[g];
    const xOffset = run.xOffset === null ? 0 : run.xOffset[g];
    const yOffset = run.yOffset === null ? 0 : run.yOffset[g];
    if (xOffset !== 0) show.move(-xOffset * 1000);
    if (yOffset !== 0) {
      // A raised or lowered mark (an Arabic vowel sign, a stacked accent): its own TJ with a text rise.
      show.flush();
      operators.push(op(PDFOperatorNames.SetTextRise, num(yOffset * size)));
      show.glyph(subset.code(glyph));
      show.flush();
      operators.push(op(PDFOperatorNames.SetTextRise, '0'));
    } else {
      show.glyph(subset.code(glyph));
    }
    show.move((glyph.advanceWidth / unitsPerEm + xOffset - run.xAdvance[g]) * 1000);
  }
};

/**
 * Operators for one line: colour, BT, the line's origin (Td), a Tf at each change of face, TJ arrays, ET.
 * The pen is never moved within the line, so the drawn line is exactly as wide as the laid line and link ranges
 * follow from the piece widths.
 */
export const drawLine = (
  faces: Readonly<Record<FaceKey, DrawFace>>,
  line: LaidLine,
  x: number,
  baselineY: number,
  colour: { readonly r: number; readonly g: number; readonly b: number },
): DrawnLine => {
  const operators: PDFOperator[] = [];
  const links: LinkRange[] = [];
  if (line.pieces.length === 0) return { operators, links };

  operators.push(
    op(PDFOperatorNames.NonStrokingColorRgb, num(colour.r), num(colour.g), num(colour.b)),
    op(PDFOperatorNames.BeginText),
    op(PDFOperatorNames.MoveText, num(x), num(baselineY)),
  );
  const show = new ShowText(operators);
  let face: FaceKey | undefined;
  let size = 0;
  let penX = x;

  // Indexed loops: see break-lines.ts.
  for (let p = 0; p < line.pieces.length; p++) {
    const piece = line.pieces[p]!;
    if (piece.face !== face || piece.sizePt !== size) {
      show.flush();
      if (size > 0 && piece.sizePt !== size) show.resize(size, piece.sizePt);
      face = piece.face;
      size = piece.sizePt;
      operators.push(op(PDFOperatorNames.SetFontAndSize, faces[face].resourceName.toString(), num(size)));
    }
    const drawFace = faces[piece.face];
    if (piece instanceof Piece) {
      for (let r = 0; r < piece.runs.length; r++) {
        const { shaped } = piece.runs[r]!;
        const code = drawFace.glyphs.runCode(shaped, drawFace.unitsPerEm);
        if (code === null) showGlyphs(show, operators, drawFace, shaped, size);
        else show.run(code);
      }
    } else {
      showGlyphs(show, operators, drawFace, emRunOf(piece), size);
    }
    if (piece.link !== undefined) {
      const previous = links[links.length - 1];
      if (previous !== undefined && previous.url === piece.link && Math.abs(previous.x2 - penX) < 1e-6) {
        links[links.length - 1] = { ...previous, x2: penX + piece.width };
      } else {
        links.push({ url: piece.link, x1: penX, x2: penX + piece.width });
      }
    }
    penX += piece.width;
  }
  show.flush();
  operators.push(op(PDFOperatorNames.EndText));
  return { operators, links };
};
