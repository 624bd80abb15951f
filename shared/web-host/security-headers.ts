/**
 * The Content-Security-Policy of the window, the same as renderer/index.html's meta tag (a test holds them equal).
 * Sent as a header too, because a header also covers responses that are not the page (scripts, pictures, a 404),
 * and cannot be removed by anything that rewrites the page.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: app://project; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Project files are the user's pictures, not pages: if one is opened on its own (an SVG, say), nothing in it runs.
 * An <img> ignores its picture's CSP, so the preview is unaffected.
 */
export const PROJECT_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** Headers on every response the web host sends. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  // Nobody may frame the app (clickjacking); CSP's frame-ancestors cannot be set from the meta tag, so it is here.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
