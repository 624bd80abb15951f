import sharp from 'sharp';

/* Brand logos for export tests, made at run time so no binaries live in git; the test font is in render-pdf. */
export { TEST_FAMILY, TEST_POSTSCRIPT, testFont } from '../render-pdf/text/test-font.test-helper';

/** Logo colours, each its own, so a test can find every logo's pixels on the page. */
export const LOGO_COLOURS = { svg: '#ffbf47', police: '#5694ca', nhs: '#912b88' } as const;

/**
 * An SVG logo as design programs write them: fills set by CSS classes in a <style> element (what pdf-lib's own
 * drawSvg cannot read) and a gradient.
 */
export const svgLogo = (): Uint8Array =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 100" width="240" height="100">
  <defs><style>.mark{fill:${LOGO_COLOURS.svg}}</style>
  <linearGradient id="g"><stop offset="0" stop-color="${LOGO_COLOURS.svg}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect class="mark" x="0" y="0" width="160" height="100"/>
  <rect x="170" y="0" width="70" height="100" fill="url(#g)"/>
</svg>
`,
  );

/** A flat PNG logo of the given colour and size. */
export const pngLogo = (colour: string, width = 600, height = 300): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
