import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../app-host/dispatch';
import type { AppHost } from '../app-host/host';
import { resolveInside } from '../app-host/safe-path';
import { readJsonBody } from './body';
import { sendFile, sendJson, sendNotFound, sendText } from './respond';
import { PROJECT_FILE_POLICY } from './security-headers';

/** What the routes need from the server: the app host, the built renderer, the body limit, where bugs go. */
export interface RouteContext {
  readonly host: AppHost;
  /** The renderer build (out/renderer): index.html and its assets. */
  readonly rendererDir: string;
  readonly bodyLimitBytes: number;
  readonly onBug: (channel: string, error: unknown) => void;
}

/** `POST /<secret>/api/<channel>`: one call of the IPC contract; the answer is always an IpcResult (errors are data). */
export async function apiRoute(request: IncomingMessage, response: ServerResponse, rawChannel: string, context: RouteContext): Promise<void> {
  if (request.method !== 'POST') return sendText(response, 405, 'Pressdesk API calls are POST requests.', { Allow: 'POST' });
  const body = await readJsonBody(request, context.bodyLimitBytes);
  if (!body.ok) return sendText(response, body.status, body.message, body.status === 413 ? { Connection: 'close' } : {});
  let channel: string;
  try {
    channel = decodeURIComponent(rawChannel);
  } catch {
    channel = rawChannel; // dispatch refuses it as an unknown channel, like any other
  }
  sendJson(response, await dispatch(context.host.handlers, channel, body.value, context.onBug));
}

/**
 * `GET /<secret>/files/<project>/<path…>`: a file of a project (a picture in the preview). The project name is one
 * percent-encoded segment; the path is passed on still encoded, because the host decodes it exactly once (so
 * `%2e%2e` cannot climb) and refuses anything outside the project.
 */
export async function projectFileRoute(response: ServerResponse, rest: string, head: boolean, context: RouteContext): Promise<void> {
  const slash = rest.indexOf('/');
  if (slash <= 0) return sendNotFound(response);
  let project: string;
  try {
    project = decodeURIComponent(rest.slice(0, slash));
  } catch {
    return sendNotFound(response);
  }
  const file = await context.host.projectFile(project, rest.slice(slash + 1));
  if (file === null) return sendNotFound(response);
  return sendFile(response, file, head, { 'Content-Security-Policy': PROJECT_FILE_POLICY });
}

/** Everything else under the secret: the renderer's own files, resolved inside its folder (`/<secret>/` is index.html). */
export async function staticRoute(response: ServerResponse, pathname: string, head: boolean, context: RouteContext): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = await resolveInside(context.rendererDir, relative);
  if (file === null) return sendNotFound(response);
  return sendFile(response, file, head);
}
