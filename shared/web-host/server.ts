import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppHost } from '../app-host/host';
import { BODY_LIMIT_BYTES } from './body';
import { checkHostAndOrigin, checkSecret, secretCookie } from './guard';
import { sendText } from './respond';
import { apiRoute, projectFileRoute, staticRoute, type RouteContext } from './routes';
import { SECURITY_HEADERS } from './security-headers';
import { isSecret, newSecret } from './secret';

export interface WebHostOptions {
  readonly host: AppHost;
  /** The renderer build (out/renderer). */
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The secret to require; a fresh random one when absent (tests pass their own). */
  readonly secret?: string;
  /** Largest request body accepted; picture imports need the default (tests lower it). */
  readonly bodyLimitBytes?: number;
  /** Told about failures that are bugs; the default writes them to stderr. */
  readonly onBug?: (channel: string, error: unknown) => void;
}

export interface WebHost {
  /** The address to open, secret included: `http://127.0.0.1:<port>/?secret=<secret>`. */
  readonly url: string;
  readonly port: number;
  readonly secret: string;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * Serves Pressdesk to a web browser on this computer only: the renderer build, the IPC contract as
 * `POST /api/<channel>`, and project pictures as `/files/<project>/<path>`. It listens on 127.0.0.1 alone and
 * answers only requests that carry the per-run secret (see guard.ts for what else it refuses, and why).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? newSecret();
  const context: RouteContext = {
    host: options.host,
    rendererDir: options.rendererDir,
    bodyLimitBytes: options.bodyLimitBytes ?? BODY_LIMIT_BYTES,
    onBug: options.onBug ?? ((channel, error) => console.error(`Pressdesk: ${channel} failed:`, error)),
  };
  let port = 0; // set once listening, before any request can arrive
  const server = createServer((request, response) => {
    handle(request, response, port, secret, context).catch((error: unknown) => {
      context.onBug(`${request.method} ${request.url}`, error);
      if (response.headersSent) response.destroy();
      else sendText(response, 500, 'Something went wrong inside Pressdesk. Try again; if it keeps happening, tell your IT team.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${port}/?secret=${secret}`,
    port,
    secret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, port: number, secret: string, context: RouteContext): Promise<void> {
  const foreign = checkHostAndOrigin(request.headers, port);
  if (foreign) return sendText(response, foreign.status, foreign.message);

  // The raw path, not new URL(...).pathname: the URL parser folds `..` and `%2e%2e` away, and the resolvers
  // should see (and refuse) exactly what was asked for.
  const target = request.url ?? '/';
  const question = target.indexOf('?');
  const pathname = question === -1 ? target : target.slice(0, question);
  const query = new URLSearchParams(question === -1 ? '' : target.slice(question + 1));
  if (!pathname.startsWith('/')) return sendText(response, 400, 'Pressdesk could not read that address.');

  // Opening the printed address: keep its secret in a cookie, then show the app at a clean address.
  if (pathname === '/' && query.has('secret') && (request.method === 'GET' || request.method === 'HEAD')) {
    if (!isSecret(query.get('secret') ?? '', secret)) {
      return sendText(response, 403, 'That secret is not the one this Pressdesk printed. Open the address `npm run web` printed when it started.');
    }
    response.writeHead(303, { ...SECURITY_HEADERS, Location: '/', 'Set-Cookie': secretCookie(port, secret) });
    response.end();
    return;
  }

  const unauthorised = checkSecret(request.headers, port, secret);
  if (unauthorised) return sendText(response, unauthorised.status, unauthorised.message);

  if (pathname.startsWith('/api/')) return apiRoute(request, response, pathname.slice('/api/'.length), context);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendText(response, 405, 'Pressdesk pages and files are read with GET.', { Allow: 'GET, HEAD' });
  }
  const head = request.method === 'HEAD';
  if (pathname.startsWith('/files/')) return projectFileRoute(response, pathname.slice('/files/'.length), head, context);
  return staticRoute(response, pathname, head, context);
}
