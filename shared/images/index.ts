export { normaliseImage, type NormaliseImageOptions } from './normalise-image';
export { DEFAULT_MAX_LONG_EDGE_PX, DEFAULT_TIMEOUT_MS, MAX_INPUT_PIXELS } from './limits';
export * from './errors';
export type { InputFormat, SniffedFormat } from './formats';
export { pictureFormat, PICTURE_FORMAT_TIMEOUT_MS } from './picture-format';
export { rasteriseSvg, SvgUnreadableError, SvgTimeoutError, SVG_LOGO_DPI, type RasteriseSvgOptions } from './rasterise-svg';
export { sniffFormat } from './sniff';
