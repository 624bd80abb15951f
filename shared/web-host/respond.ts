import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
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
 * inside its folder. Only files are ever sent: there is no directory listing anywhere.
 */
export async function sendFile(response: ServerResponse, file: string, head: boolean, headers: Record<string, string> = {}): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return sendNotFound(response);
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(file), 'Content-Length': info.size, ...headers });
  if (head) {
    response.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      // Headers are gone already; cutting the connection is the only honest answer to a file that failed mid-way.
      response.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(response);
  });
}
