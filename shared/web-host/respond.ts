import type { ServerResponse } from 'node:http';
import { openResolved } from '../app-host/safe-path';
import { contentTypeOf } from './content-type';
import { SECURITY_HEADERS } from './security-headers';

/** A plain-text answer: refusals and errors are sentences for a person, never a page that could run anything. */
export function sendText(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(`${message}\n`);
}

export function sendJson(response: ServerResponse, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

export const sendNotFound = (response: ServerResponse): void => sendText(response, 404, 'Pressdesk has no such page or file.');

/**
 * Streams a file that a resolver (resolveInside, the host's projectFile) has already checked is a regular file
 * inside its folder, from a handle opened and checked again (openResolved), so a folder swapped for a link between
 * the check and the read sends nothing. Only files are ever sent: there is no directory listing anywhere.
 */
export async function sendFile(response: ServerResponse, file: string, head: boolean, headers: Record<string, string> = {}): Promise<void> {
  const handle = await openResolved(file);
  if (handle === null) return sendNotFound(response);
  const info = await handle.stat();
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Content-Length': info.size, ...headers });
  if (head) {
    await handle.close();
    response.end();
    return;
  }
  await new Promise<void>((resolve) => {
    // autoClose (the default) closes the handle when the stream ends or fails.
    const stream = handle.createReadStream();
    stream.on('error', () => {
      // Headers are gone already; cutting the connection is the only honest answer to a file that failed mid-way.
      response.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(response);
  });
}
