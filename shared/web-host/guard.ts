import type { IncomingHttpHeaders } from 'node:http';
import { isSecret } from './secret';

/** Why a request is refused, as a status and a plain sentence (the body of the response). */
export interface Refusal {
  readonly status: 401 | 403;
  readonly message: string;
}

/**
 * The cookie that carries the secret. Cookies are shared by every port of a host, so the name carries the port:
 * two Pressdesk web hosts running at once never overwrite each other's.
 */
export const cookieName = (port: number): string => `pressdesk-${port}`;

export const SECRET_HEADER = 'x-pressdesk-secret';

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

/** Every value of the named cookie (a browser may send the same name twice, for different paths). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (header === undefined) return [];
  return header
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));
}

/**
 * Refuses a request that does not carry the secret, in the X-Pressdesk-Secret header or the cookie set when the
 * page was opened with it: 401 when it carries none (the page was opened without the address's secret), 403 when
 * what it carries is wrong.
 */
export function checkSecret(headers: IncomingHttpHeaders, port: number, secret: string): Refusal | undefined {
  const header = headers[SECRET_HEADER];
  const given = [...(typeof header === 'string' ? [header] : (header ?? [])), ...cookieValues(headers.cookie, cookieName(port))];
  if (given.length === 0) return { status: 401, message: NOT_CONNECTED };
  // Check every value, so a stale cookie beside the right one does not lock the user out.
  const right = given.map((value) => isSecret(value, secret)).includes(true);
  return right ? undefined : { status: 403, message: 'That secret is not the one this Pressdesk printed. ' + OPEN_ADDRESS };
}

const OPEN_ADDRESS = 'Open the address `npm run web` printed when it started (the whole line, secret included).';
const NOT_CONNECTED = `This page is not connected to Pressdesk. ${OPEN_ADDRESS}`;

/** The Set-Cookie header that keeps the secret for the pages and calls that follow. */
export const secretCookie = (port: number, secret: string): string => `${cookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
