import type { IncomingMessage } from 'node:http';

/** Picture imports travel as base64 inside the JSON (the contract allows 70 MB of it), so the limit is above that. */
export const BODY_LIMIT_BYTES = 80 * 1024 * 1024;

export type BodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string };

const tooLarge = (limit: number): BodyResult => ({
  ok: false,
  status: 413,
  message: `That request is too large for Pressdesk (the limit is ${Math.round(limit / 1024 / 1024)} MB). Pictures must be smaller.`,
});

/**
 * Reads a request's JSON body, refusing it before reading when its declared length is over the limit, and as
 * soon as the bytes read pass it. Only `application/json` is accepted: an HTML form on another site cannot send
 * that without the browser asking first (a CORS preflight, which this host never approves).
 */
export async function readJsonBody(request: IncomingMessage, limit: number = BODY_LIMIT_BYTES): Promise<BodyResult> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, status: 415, message: 'Pressdesk only accepts requests sent as JSON.' };
  if (Number(request.headers['content-length'] ?? 0) > limit) return tooLarge(limit);
  const text = await new Promise<string | undefined | null>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Stop reading (not destroy: the 413 still has to be sent on this connection, which is closed after it).
      if (size > limit) {
        request.pause();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(null));
  });
  if (text === undefined) return tooLarge(limit);
  if (text === null) return { ok: false, status: 400, message: 'Pressdesk could not read that request: it was cut off.' };
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'Pressdesk could not read that request: it is not valid JSON.' };
  }
}
