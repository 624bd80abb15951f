export const DEFAULT_TIMEOUT_MS = 10_000;

/** Print size: the 16.5 cm text width of an A4 page at about 300 dpi. */
export const DEFAULT_MAX_LONG_EDGE_PX = 2000;

/**
 * Decoding holds the whole picture in memory (about 3 bytes a pixel), so this caps one picture near 300 MB.
 * Still generous for any camera a press office uses: a 10000 × 8000 photo is 80 megapixels.
 */
export const MAX_INPUT_PIXELS = 100_000_000;
