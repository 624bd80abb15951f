import { CustomFontSubsetEmbedder, type PDFFont } from '@cantoo/pdf-lib';
import type { Glyph } from '@cantoo/fontkit';
import type { Shaped } from './face';

/** What the subset embedder reads when it writes the font: the glyph's id, width (W array) and text (ToUnicode). */
interface GlyphRecord {
  readonly id: number;
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}

/**
 * The private state of @cantoo/pdf-lib's CustomFontSubsetEmbedder (2.11) that its own `encodeText` updates.
 * `encodeText` lays the text out again and returns one hex string, which loses our per-glyph kerning and our
 * fallback splits; so we register the glyphs we laid out exactly as it does, and pdf-lib still writes the subset,
 * the W widths and the ToUnicode CMap.
 */
interface SubsetEmbedderState {
  readonly subset: { includeGlyph(glyph: number): number };
  readonly glyphs: GlyphRecord[];
  readonly glyphIdMap: Map<number, number>;
  readonly glyphCache: { invalidate(): void };
}

/** @cantoo/pdf-lib changed the internals the PDF text engine relies on; the engine must follow. */
export class PdfLibInternalsError extends Error {
  override readonly name = 'PdfLibInternalsError';
}

const embedderState = (font: PDFFont): SubsetEmbedderState => {
  const embedder: unknown = (font as unknown as { embedder?: unknown }).embedder;
  const state = embedder as Partial<Record<keyof SubsetEmbedderState, unknown>> | undefined;
  if (
    !(embedder instanceof CustomFontSubsetEmbedder) ||
    state === undefined ||
    typeof (state.subset as { includeGlyph?: unknown } | undefined)?.includeGlyph !== 'function' ||
    !Array.isArray(state.glyphs) ||
    !(state.glyphIdMap instanceof Map) ||
    typeof (state.glyphCache as { invalidate?: unknown } | undefined)?.invalidate !== 'function'
  ) {
    throw new PdfLibInternalsError(
      'The installed @cantoo/pdf-lib no longer has the subset embedder fields shared/render-pdf/text/subset-glyphs.ts uses ' +
        '(embedder.subset, glyphs, glyphIdMap, glyphCache). Compare with CustomFontSubsetEmbedder.encodeText and update it.',
    );
  }
  return embedder as unknown as SubsetEmbedderState;
};

/** Space characters a reader should extract as a plain space, and the soft hyphen drawn as a hyphen. */
const textOf = (codePoints: readonly number[]): readonly number[] => {
  if (codePoints.length !== 1) return codePoints;
  const [cp] = codePoints;
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f || cp === 0x3000) return [0x20];
  if (cp === 0xad) return [0x2d];
  return codePoints;
};

/**
 * A glyph's two-byte Identity-H code as it appears inside a PDF literal string: the raw bytes, with the three
 * delimiters escaped and line ends written as escapes (a raw CR would be read as LF). Half the size of hex, which
 * halves the time pdf-lib spends deflating the page content of a long document.
 */
const literalCode = (subsetId: number): string => {
  let code = '';
  for (const byte of [subsetId >> 8, subsetId & 0xff]) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) code += `\\${String.fromCharCode(byte)}`;
    else if (byte === 0x0d) code += '\\r';
    else if (byte === 0x0a) code += '\\n';
    else code += String.fromCharCode(byte);
  }
  return code;
};

/**
 * A shaped run written for a TJ array once per document: runs are mostly words, and words repeat. Displacements are
 * whole thousandths of an em; the rounding error is carried within the run and handed on in `after`, so it never
 * builds up along a line.
 */
export interface RunCode {
  /** Glyph codes and displacements alternating (" -55 "), starting and ending with codes. */
  readonly parts: readonly string[];
  /** Thousandths of an em owed before the first glyph (its x offset). */
  readonly before: number;
  /** Thousandths of an em owed after the last glyph. */
  readonly after: number;
}

/** Puts glyphs into one embedded font's subset and returns their codes, escaped for a PDF literal string. */
export class SubsetGlyphs {
  private readonly codes = new Map<number, string>();
  private readonly runCodes = new Map<Shaped, RunCode | null>();
  private readonly state: SubsetEmbedderState;

  constructor(font: PDFFont) {
    this.state = embedderState(font);
  }

  /** The run's codes, or null when a glyph is raised or lowered (it needs a text rise of its own). */
  runCode(run: Shaped, unitsPerEm: number): RunCode | null {
    let code = this.runCodes.get(run);
    if (code === undefined) {
      code = run.yOffset?.some((dy) => dy !== 0) ? null : this.writeRun(run, unitsPerEm);
      this.runCodes.set(run, code);
    }
    return code;
  }

  private writeRun(run: Shaped, unitsPerEm: number): RunCode {
    const parts: string[] = [];
    let codes = '';
    let owed = 0;
    const before = run.xOffset === null ? 0 : -run.xOffset[0] * 1000;
    for (let g = 0; g < run.glyphs.length; g++) {
      const xOffset = run.xOffset === null ? 0 : run.xOffset[g];
      if (g > 0) {
        owed -= xOffset * 1000;
        const whole = Math.round(owed);
        if (whole !== 0) {
          parts.push(codes, ` ${whole} `);
          codes = '';
          owed -= whole;
        }
      }
      const glyph = run.glyphs[g];
      codes += this.code(glyph);
      owed += (glyph.advanceWidth / unitsPerEm + xOffset - run.xAdvance[g]) * 1000;
    }
    parts.push(codes);
    return { parts, before, after: owed };
  }

  code(glyph: Glyph): string {
    let code = this.codes.get(glyph.id);
    if (code === undefined) {
      const { subset, glyphs, glyphIdMap, glyphCache } = this.state;
      const subsetId = subset.includeGlyph(glyph.id);
      // fontkit caches one glyph object per id with the code points it was first asked for; a glyph shared by
      // U+0020 and U+00A0 gets the space, so pdftotext and screen readers see a space.
      glyphs[subsetId - 1] = { id: glyph.id, codePoints: textOf(glyph.codePoints), advanceWidth: glyph.advanceWidth };
      glyphIdMap.set(glyph.id, subsetId);
      glyphCache.invalidate();
      code = literalCode(subsetId);
      this.codes.set(glyph.id, code);
    }
    return code;
  }
}
