import { breakOpportunities } from './break-opportunities';
import { splitGraphemes, type FaceSet, type StyledShape } from './face-set';
import { toLaidLine, type Item } from './laid-line';
import type { LaidLine, LineOptions, TextSpan } from './types';

/** Slack for floating-point sums: a line that fits exactly must not be pushed onto the next. */
const EPSILON = 1e-7;

/** Characters that end a segment and vanish at a line end: spaces and mandatory breaks. */
export const isTrailing = (cp: number): boolean =>
  cp === 0x20 || (cp >= 0x0a && cp <= 0x0d) || cp === 0x85 || cp === 0x2028 || cp === 0x2029 || cp === 0x3000;

const SOFT_HYPHEN = 0xad;

/*
 * The loops over items here and in laid-line.ts and draw-line.ts are indexed, not for…of: a cold export runs them in
 * V8's interpreter and baseline code, where for…of calls the iterator and allocates a result for every element,
 * hundreds of thousands of times in a long document.
 */

/** The open line: items placed so far, and the spaces and hyphen that are drawn only if the line goes on or ends. */
class LineDraft {
  readonly items: Item[] = [];
  /** Width of the items, in ems (pending spaces not included). */
  em = 0;
  /** Emptied, not replaced, when a word takes them: one array per line rather than one per word. */
  readonly pendingSpaces: Item[] = [];
  pendingSpacesEm = 0;
  /** The last word ends with a soft hyphen: drawn as a hyphen if the line ends here. */
  hyphen: Item | null = null;

  get empty(): boolean {
    return this.items.length === 0;
  }

  add(items: readonly Item[], em: number): void {
    if (!this.empty) {
      for (let i = 0; i < this.pendingSpaces.length; i++) this.items.push(this.pendingSpaces[i]!);
      this.em += this.pendingSpacesEm;
    }
    for (let i = 0; i < items.length; i++) this.items.push(items[i]!);
    this.em += em;
    this.pendingSpaces.length = 0;
    this.pendingSpacesEm = 0;
    this.hyphen = null;
  }

  addSpaces(items: readonly Item[], em: number): void {
    for (let i = 0; i < items.length; i++) this.pendingSpaces.push(items[i]!);
    this.pendingSpacesEm += em;
  }

  finish(spans: readonly TextSpan[], sizePt: number): LaidLine {
    return toLaidLine(this.hyphen === null ? this.items : [...this.items, this.hyphen], spans, sizePt);
  }
}

const NO_ITEMS: readonly Item[] = [];
const emOf = (items: readonly Item[]): number => {
  let em = 0;
  for (let i = 0; i < items.length; i++) em += items[i]!.shape.em;
  return em;
};

/**
 * Greedy line filling, the way Word fills a left-aligned paragraph: each line takes as many segments (the text
 * between two UAX #14 break opportunities) as fit. A segment too wide for a whole line starts a new line and is
 * broken between characters.
 */
export const breakLines = (
  faces: FaceSet,
  spans: readonly TextSpan[],
  options: LineOptions,
  onMissing: (missing: readonly string[]) => void,
): LaidLine[] => {
  const { sizePt } = options;
  if (!(sizePt > 0)) throw new RangeError(`Text size must be positive (got ${sizePt} pt).`);
  // A tab has no glyph; Word would jump to a tab stop, which our documents never set, so it reads as a space.
  const text = (spans.length === 1 ? spans[0].text : spans.map((span) => span.text).join('')).replace(/\t/g, ' ');
  if (text.length === 0) return [];

  const spanEnds: number[] = [];
  let total = 0;
  for (const span of spans) spanEnds.push((total += span.text.length));

  const shapeOf = (span: number, from: number, to: number): StyledShape => {
    const shape = faces.shapeStyled(text.slice(from, to), spans[span].bold ?? false, spans[span].italic ?? false);
    if (shape.missing !== null) onMissing(shape.missing);
    return shape;
  };
  /** The text from `from` to `to`, shaped span by span. */
  const itemsFor = (from: number, to: number): readonly Item[] => {
    if (to <= from) return NO_ITEMS;
    if (spans.length === 1) {
      const shape = shapeOf(0, from, to);
      return shape.runs.length > 0 ? [{ shape, span: 0 }] : NO_ITEMS;
    }
    const items: Item[] = [];
    for (let span = spanAt(spanEnds, from), at = from; at < to; span++) {
      const end = Math.min(to, spanEnds[span]);
      if (end <= at) continue;
      const shape = shapeOf(span, at, end);
      if (shape.runs.length > 0) items.push({ shape, span });
      at = end;
    }
    return items;
  };

  const lines: LaidLine[] = [];
  let draft = new LineDraft();
  const available = (): number => (lines.length === 0 ? (options.firstWidth ?? options.width) : options.width) / sizePt;
  const finishLine = (): void => {
    lines.push(draft.finish(spans, sizePt));
    draft = new LineDraft();
  };

  const { ends, required } = breakOpportunities(text);
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k];
    let bodyEnd = end;
    while (bodyEnd > start && isTrailing(text.charCodeAt(bodyEnd - 1))) bodyEnd--;
    const body = itemsFor(start, bodyEnd);
    const bodyEm = emOf(body);
    let hyphen: Item | null = null;
    if (bodyEnd > start && text.charCodeAt(bodyEnd - 1) === SOFT_HYPHEN) {
      const span = spanAt(spanEnds, bodyEnd - 1);
      hyphen = { shape: faces.shapeStyled('-', spans[span].bold ?? false, spans[span].italic ?? false), span };
    }

    if (body.length > 0) {
      const needEm = bodyEm + (hyphen === null ? 0 : hyphen.shape.em);
      if (!draft.empty && draft.em + draft.pendingSpacesEm + needEm > available() + EPSILON) finishLine();
      if (needEm > available() + EPSILON) {
        placeLongWord(start, bodyEnd, hyphen);
      } else {
        draft.add(body, bodyEm);
        draft.hyphen = hyphen;
      }
    }
    // Spaces are kept only after something on the line, and a word that vanished (nothing but emoji no face has)
    // must not leave two spaces in a row.
    if (!draft.empty && (body.length > 0 || draft.pendingSpaces.length === 0)) {
      const spaces = itemsFor(bodyEnd, end);
      if (spaces.length > 0) draft.addSpaces(spaces, emOf(spaces));
    }
    if (required[k]) finishLine();
    start = end;
  }
  if (!draft.empty) finishLine();
  return lines;

  /** Breaks a word wider than a line between graphemes; its last part stays on the open line. */
  function placeLongWord(from: number, to: number, hyphen: Item | null): void {
    const clusters: { text: string; span: number; em: number }[] = [];
    for (let span = spanAt(spanEnds, from), at = from; at < to; span++) {
      const end = Math.min(to, spanEnds[span]);
      if (end <= at) continue;
      const { bold = false, italic = false } = spans[span];
      for (const grapheme of splitGraphemes(text.slice(at, end))) {
        clusters.push({ text: grapheme, span, em: faces.shapeStyled(grapheme, bold, italic).em });
      }
      at = end;
    }
    const shapeRange = (first: number, last: number): { items: Item[]; em: number } => {
      const items: Item[] = [];
      let i = first;
      while (i < last) {
        const span = clusters[i].span;
        let chunk = '';
        for (; i < last && clusters[i].span === span; i++) chunk += clusters[i].text;
        const shape = faces.shapeStyled(chunk, spans[span].bold ?? false, spans[span].italic ?? false);
        if (shape.runs.length > 0) items.push({ shape, span });
      }
      return { items, em: emOf(items) };
    };

    let first = 0;
    while (first < clusters.length) {
      const room = available() - (draft.empty ? 0 : draft.em + draft.pendingSpacesEm);
      // Estimate from the characters' own widths, then check the shaped part (kerning may differ slightly).
      let last = first;
      let em = 0;
      while (last < clusters.length && em + clusters[last].em <= room + EPSILON) em += clusters[last++].em;
      if (last === first) last = first + 1; // one character wider than the line: it has to go somewhere
      let part = shapeRange(first, last);
      while (part.em > room + EPSILON && last - first > 1) part = shapeRange(first, --last);
      if (last === clusters.length && hyphen !== null && part.em + hyphen.shape.em > room + EPSILON && last - first > 1) {
        part = shapeRange(first, --last);
      }
      draft.add(part.items, part.em);
      first = last;
      if (first < clusters.length) finishLine();
    }
    draft.hyphen = hyphen;
  }
};

/** Index of the span holding text index `at` (the first span whose end is past it). */
const spanAt = (spanEnds: readonly number[], at: number): number => {
  let span = 0;
  while (span < spanEnds.length - 1 && spanEnds[span] <= at) span++;
  return span;
};
