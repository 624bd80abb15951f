import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppHost } from '../app-host/host';
import { BODY_LIMIT_BYTES } from './body';
import { checkHostAndOrigin, checkSecretPath } from './guard';
import { sendNotFound, sendText } from './respond';
import { apiRoute, projectFileRoute, staticRoute, type RouteContext } from './routes';
import { SECURITY_HEADERS } from './security-headers';
import { newSecret, SECRET_FORMAT } from './secret';

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
  /** The address to open, secret included: `http://127.0.0.1:<port>/<secret>/`. Everything is served under it. */
  readonly url: string;
  readonly port: number;
  readonly secret: string;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * Serves Pressdesk to a web browser on this computer only, everything under the per-run secret as the first path
 * segment: the renderer build at `/<secret>/`, the IPC contract as `POST /<secret>/api/<channel>`, and project
 * pictures as `/<secret>/files/<project>/<path>`. The page uses relative addresses only, so it never needs to know
 * the secret. It listens on 127.0.0.1 alone and sets no cookie (see guard.ts for what it refuses, and why).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? newSecret();
  // The secret is a path segment: it must need no encoding, and be as hard to guess as a fresh one.
  if (!SECRET_FORMAT.test(secret)) throw new Error('The web host secret must be 64 lower-case hex digits.');
  const context: RouteContext = {
    host: options.host,
    rendererDir: options.rendererDir,
    bodyLimitBytes: options.bodyLimitBytes ?? BODY_LIMIT_BYTES,
    onBug: options.onBug ?? ((channel, error) => console.error(`Pressdesk: ${channel} failed:`, error)),
  };
  let port = 0; // set once listening, before any request can arrive
  const server = createServer((request, response) => {
    handle(request, response, port, secret, context).catch((error: unknown) => {
      // The secret stays out of logs: the address is printed once, where the user started the host.
      context.onBug(`${request.method} ${(request.url ?? '').replaceAll(secret, '<secret>')}`, error);
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
    url: `http://${LOOPBACK}:${port}/${secret}/`,
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
  // should see (and refuse) exactly what was asked for. The query is ignored: nothing here reads one.
  const target = request.url ?? '/';
  const question = target.indexOf('?');
  const pathname = question === -1 ? target : target.slice(0, question);
  if (!pathname.startsWith('/')) return sendText(response, 400, 'Pressdesk could not read that address.');

  const place = checkSecretPath(pathname, secret);
  if (place.kind === 'refused') return sendText(response, place.refusal.status, place.refusal.message);
  const read = request.method === 'GET' || request.method === 'HEAD';
  if (place.kind === 'bare') {
    // `/<secret>` typed without its last slash: the page's relative addresses would miss the secret, so add it.
    if (!read) return sendNotFound(response);
    response.writeHead(308, { ...SECURITY_HEADERS, Location: `/${secret}/` });
    response.end();
    return;
  }

  const path = place.rest;
  if (path.startsWith('/api/')) return apiRoute(request, response, path.slice('/api/'.length), context);
  if (!read) return sendText(response, 405, 'Pressdesk pages and files are read with GET.', { Allow: 'GET, HEAD' });
  const head = request.method === 'HEAD';
  if (path.startsWith('/files/')) return projectFileRoute(response, path.slice('/files/'.length), head, context);
  return staticRoute(response, path, head, context);
}
