import type { IncomingHttpHeaders } from 'node:http';
import { isSecret } from './secret';

/** Why a request is refused, as a status and a plain sentence (the body of the response). */
export interface Refusal {
  readonly status: 403 | 404;
  readonly message: string;
}

const ADDRESSES = ['127.0.0.1', 'localhost'];

/**
 * Refuses requests that did not come from this host's own pages. The Host header must name the loopback address
 * and our port: a web page that rebinds its own domain to 127.0.0.1 (DNS rebinding) sends its domain here. An
 * Origin, when the browser sends one (every POST and cross-origin fetch), must be our own origin: a page elsewhere
 * cannot call the API even if it guesses the port.
 */
export function checkHostAndOrigin(headers: IncomingHttpHeaders, port: number): Refusal | undefined {
  const host = headers.host;
  if (host === undefined || !ADDRESSES.some((address) => host === `${address}:${port}`)) {
    return { status: 403, message: 'Pressdesk only answers requests addressed to 127.0.0.1 or localhost on its own port.' };
  }
  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return { status: 403, message: 'Pressdesk refused a request sent from another web page.' };
  }
  return undefined;
}

/** Where a request's path points, once its first segment has been checked against the secret. */
export type SecretPath =
  /** Under the secret: `rest` is the remainder of the raw path, starting with `/` (`/` itself is the app). */
  | { readonly kind: 'inside'; readonly rest: string }
  /** Exactly `/<secret>`, without the slash: relative addresses need it, so the server adds it (a redirect). */
  | { readonly kind: 'bare' }
  | { readonly kind: 'refused'; readonly refusal: Refusal };

/** The one sentence for every path outside the secret: it says nothing about why (no secret, wrong secret). */
export const OUTSIDE_SECRET: Refusal = {
  status: 404,
  message: 'Pressdesk has no page here. Open the whole address `npm run web` printed when it started (it contains a secret).',
};

/**
 * The secret is the first segment of every path: the app is `/<secret>/`, its calls `/<secret>/api/<channel>`, its
 * pictures `/<secret>/files/<project>/<path>`. Not a cookie: browsers share cookies between every port of a host
 * (SameSite does not look at ports), so any program listening on another port of 127.0.0.1 would be sent the
 * cookie by a page that navigates the browser to it. A path is never sent anywhere but to its own origin, and
 * `Referrer-Policy: no-referrer` keeps it out of the Referer header. The segment is compared in constant time
 * (isSecret); anything else, the bare `/` included, is 404 with the same sentence.
 */
export function checkSecretPath(pathname: string, secret: string): SecretPath {
  const slash = pathname.indexOf('/', 1);
  const segment = slash === -1 ? pathname.slice(1) : pathname.slice(1, slash);
  if (!isSecret(segment, secret)) return { kind: 'refused', refusal: OUTSIDE_SECRET };
  return slash === -1 ? { kind: 'bare' } : { kind: 'inside', rest: pathname.slice(slash) };
}
