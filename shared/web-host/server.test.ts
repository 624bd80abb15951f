import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture } from './fixture.test-helper';
import { CONTENT_SECURITY_POLICY } from './security-headers';
import { startWebHost, type WebHost } from './server';

const SECRET = 'a'.repeat(64);

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

let web: WebHost;
let root: string;

/** A raw HTTP request (fetch would fold `..` out of the path and refuses to set Host). */
function send(path: string, init: { method?: string; headers?: OutgoingHttpHeaders; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: web.port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${web.port}`, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const cookie = () => ({ Cookie: `pressdesk-${web.port}=${SECRET}` });
const api = (channel: string, body: string, headers: OutgoingHttpHeaders = {}) =>
  send(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { ...cookie(), 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${web.port}`, ...headers },
    body,
  });

beforeAll(async () => {
  const fixture = await makeFixture();
  root = fixture.root;
  web = await startWebHost({ host: fixture.host, rendererDir: fixture.rendererDir, port: 0, secret: SECRET, bodyLimitBytes: 1000, onBug: () => undefined });
});
afterAll(async () => {
  await web.close();
  await rm(root, { recursive: true, force: true });
});

describe('the secret', () => {
  it('is required for pages, files and calls: none gives 401 with a plain message', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/files/harbour/assets/harbour%20wall.png']) {
      const reply = await send(path);
      expect(reply.status, path).toBe(401);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body).toContain('npm run web');
    }
    expect((await api('workspace:get', '{}', { Cookie: '' })).status).toBe(401);
  });

  it('refuses a wrong secret with 403, in the address, the header or the cookie', async () => {
    expect((await send('/?secret=nope')).status).toBe(403);
    expect((await send('/', { headers: { 'X-Pressdesk-Secret': 'nope' } })).status).toBe(403);
    expect((await send('/', { headers: { Cookie: `pressdesk-${web.port}=${'b'.repeat(64)}` } })).status).toBe(403);
    // Another port's cookie is another Pressdesk's: it does not count here.
    expect((await send('/', { headers: { Cookie: `pressdesk-1=${SECRET}` } })).status).toBe(401);
  });

  it('opened with the right secret, sets a strict HttpOnly cookie and redirects to /; the cookie then opens the app and its API', async () => {
    const login = await send(`/?secret=${SECRET}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toContain(`pressdesk-${web.port}=${SECRET}`);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);

    const page = await send('/', { headers: { Cookie: setCookie.split(';')[0] } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Pressdesk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');

    const call = await api('workspace:get', '{}', { Cookie: setCookie.split(';')[0] });
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toEqual({ ok: true, value: { folder: expect.stringContaining('workspace'), exists: true } });
  });

  it('is accepted in the X-Pressdesk-Secret header', async () => {
    expect((await send('/assets/app.js', { headers: { 'X-Pressdesk-Secret': SECRET } })).status).toBe(200);
  });
});

describe('requests from elsewhere', () => {
  it('refuses a Host other than 127.0.0.1 or localhost on this port (DNS rebinding), even with the secret', async () => {
    for (const host of ['evil.example', `evil.example:${web.port}`, `127.0.0.1:${web.port + 1}`, `127.0.0.1`, `[::1]:${web.port}`]) {
      const reply = await send('/', { headers: { ...cookie(), Host: host } });
      expect(reply.status, host).toBe(403);
    }
    expect((await send('/', { headers: { ...cookie(), Host: `localhost:${web.port}` } })).status).toBe(200);
  });

  it('refuses an Origin other than its own (a web page calling the API), even with the cookie', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${web.port}`, `https://127.0.0.1:${web.port}`]) {
      const reply = await api('workspace:get', '{}', { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
  });

  it('listens on the loopback address only', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?secret=${SECRET}`);
  });
});

describe('paths that leave their folder', () => {
  const STATIC = [
    '/../outside.txt',
    '/assets/../../outside.txt',
    '/%2e%2e/outside.txt',
    '/assets/%2e%2e/%2e%2e/outside.txt',
    '/..%2foutside.txt',
    '/%2e%2e%2foutside.txt',
    `//${'etc/passwd'}`,
    `/${encodeURIComponent(join(process.cwd(), 'package.json'))}`,
    '/assets/link.js', // a symlink to outside.txt
    '/assets', // a folder: never listed
    '/assets/',
    '/.hidden',
    '/assets/..%5c..%5coutside.txt',
    '/%252e%252e/outside.txt', // double-encoded
    '/assets/%E0%A4%A.js', // malformed encoding
  ];
  const FILES = [
    '/files/harbour/../../outside.txt',
    '/files/harbour/%2e%2e/%2e%2e/outside.txt',
    '/files/harbour/%2e%2e%2f%2e%2e%2foutside.txt',
    '/files/%2e%2e/outside.txt',
    '/files/..%2f/outside.txt',
    '/files/harbour/assets/escape.png', // a symlink to outside.txt
    `/files/harbour/${encodeURIComponent('/etc/passwd')}`,
    '/files/harbour//etc/passwd',
    '/files/harbour/C:%5cWindows%5cwin.ini',
    '/files/harbour/assets',
    '/files/elsewhere/assets/harbour%20wall.png',
    '/files/harbour',
  ];

  it.each([...STATIC, ...FILES])('%s is 404 and never the secret file', async (path) => {
    const reply = await send(path, { headers: cookie() });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('TOP SECRET');
  });

  it('serves a real project picture with its type', async () => {
    const reply = await send('/files/harbour/assets/harbour%20wall.png', { headers: cookie() });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
    expect(reply.headers['content-security-policy']).toContain('sandbox');
  });
});

describe('API calls', () => {
  it('an unknown channel is an ok:false answer, not an error page', async () => {
    const reply = await api('files:steal', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { message: expect.stringContaining('files:steal') } });
  });

  it('a malformed payload is refused by the contract, as data', async () => {
    const reply = await api('workspace:set', '{"folder": 3}');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false });
  });

  it('malformed JSON is 400 with a plain message', async () => {
    const reply = await api('workspace:get', '{"oops');
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(reply.body).toContain('not valid JSON');
  });

  it('a body over the limit is 413 with a plain message', async () => {
    const reply = await api('workspace:get', JSON.stringify({ pad: 'x'.repeat(2000) }));
    expect(reply.status).toBe(413);
    expect(reply.body).toContain('too large');
  });

  it('only POST reaches the API, only as JSON (an HTML form cannot send it), and pages are GET only', async () => {
    expect((await send('/api/workspace%3Aget', { headers: cookie() })).status).toBe(405);
    expect((await api('workspace:get', 'folder=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await send('/index.html', { method: 'POST', headers: cookie(), body: '{}' })).status).toBe(405);
  });
});

describe('response headers', () => {
  it('every response carries the CSP, nosniff, no-store and no-referrer, refusals included', async () => {
    for (const reply of [await send('/', { headers: cookie() }), await send('/'), await send('/nowhere', { headers: cookie() }), await api('workspace:get', '{}')]) {
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it("the CSP is the renderer's own (renderer/index.html's meta tag)", async () => {
    const html = await readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});
