import LineBreaker from 'linebreak';

/** Where lines may end in `text` (UAX #14): each entry is the index where the next line may start. */
export interface BreakOpportunities {
  readonly ends: readonly number[];
  /** Parallel to `ends`: a mandatory break (newline, U+2028, ...) follows. */
  readonly required: readonly boolean[];
}

export const breakOpportunities = (text: string): BreakOpportunities => {
  const ends: number[] = [];
  const required: boolean[] = [];
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
    ends.push(next.position);
    required.push(next.required);
  }
  // linebreak always reports the end of the text; keep that true even if a future version does not.
  if (ends[ends.length - 1] !== text.length) {
    ends.push(text.length);
    required.push(false);
  }
  return { ends, required };
};
