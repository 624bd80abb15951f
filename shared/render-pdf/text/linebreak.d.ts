/** Types for `linebreak` (UAX #14, the line breaker pdfkit uses), which ships none. */
declare module 'linebreak' {
  export interface Break {
    /** UTF-16 index where the next line may start. */
    readonly position: number;
    /** A mandatory break (after a newline, U+2028, etc.). */
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
