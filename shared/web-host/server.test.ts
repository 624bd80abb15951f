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
function send(path: string, init: { method?: string; headers?: OutgoingHttpHeaders; body?: string; port?: number } = {}): Promise<Reply> {
  const port = init.port ?? web.port;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...init.headers } },
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

/** The path prefix every served address starts with. */
const P = `/${SECRET}`;
/** Wrong in the last digit only: the same length and all but one character right. */
const NEAR_MISS = `/${SECRET.slice(0, -1)}b`;

/** Every reply a test got, so one test can check that none of them ever set a cookie. */
const replies: Reply[] = [];
const sent = async (reply: Promise<Reply>) => {
  const got = await reply;
  replies.push(got);
  return got;
};
const get = (path: string, init: { method?: string; headers?: OutgoingHttpHeaders; body?: string } = {}) => sent(send(path, init));
const api = (channel: string, body: string, headers: OutgoingHttpHeaders = {}, prefix = P) =>
  sent(
    send(`${prefix}/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${web.port}`, ...headers },
      body,
    }),
  );

beforeAll(async () => {
  const fixture = await makeFixture();
  root = fixture.root;
  web = await startWebHost({ host: fixture.host, rendererDir: fixture.rendererDir, port: 0, secret: SECRET, bodyLimitBytes: 1000, onBug: () => undefined });
});
afterAll(async () => {
  await web.close();
  await rm(root, { recursive: true, force: true });
});

describe('the secret, as the first segment of every path', () => {
  const PAGES = ['/', '/index.html', '/assets/app.js', '/files/harbour/assets/harbour%20wall.png'];

  it('is required for pages and files: without it, 404 with a plain sentence that gives nothing away', async () => {
    for (const path of [...PAGES, '/?secret=' + SECRET, '/nowhere']) {
      const reply = await get(path);
      expect(reply.status, path).toBe(404);
      expect(reply.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(reply.body).toContain('npm run web');
      expect(reply.body).not.toContain(SECRET);
    }
  });

  it('is required for calls: the API without it, or in the old place, is 404', async () => {
    expect((await api('workspace:get', '{}', {}, '')).status).toBe(404);
    // The old ways of carrying it open nothing any more.
    expect((await get('/api/workspace%3Aget', { method: 'POST', headers: { 'X-Pressdesk-Secret': SECRET, 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    expect((await get('/', { headers: { Cookie: `pressdesk-${web.port}=${SECRET}` } })).status).toBe(404);
    expect((await get(`/?secret=${SECRET}`)).status).toBe(404);
  });

  it('refuses a wrong prefix: another secret, a near miss of the same length, longer, shorter, another case, encoded', async () => {
    const wrong = [
      `/${'b'.repeat(64)}`,
      NEAR_MISS,
      `/0${SECRET.slice(1)}`,
      `${P}a`,
      P.slice(0, -1),
      `/${SECRET.toUpperCase()}`,
      `/${SECRET.slice(0, 10)}%61${SECRET.slice(11)}`, // %61 is "a": the segment is compared as sent, never decoded
      `/x${P}`,
      `/.${P}`,
    ];
    for (const prefix of wrong) {
      for (const path of PAGES) {
        const reply = await get(`${prefix}${path}`);
        expect(reply.status, `${prefix}${path}`).toBe(404);
        expect(reply.body).not.toContain('Pressdesk</title>');
      }
      expect((await api('workspace:get', '{}', {}, prefix)).status, prefix).toBe(404);
    }
  });

  it('with the right prefix, opens the app, its assets, its API and project files', async () => {
    const page = await get(`${P}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Pressdesk</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get(`${P}/index.html`)).status).toBe(200);
    expect((await get(`${P}/assets/app.js`)).body).toContain('console.log');

    const call = await api('workspace:get', '{}');
    expect(call.status).toBe(200);
    expect(JSON.parse(call.body)).toEqual({ ok: true, value: { folder: expect.stringContaining('workspace'), exists: true } });

    const picture = await get(`${P}/files/harbour/assets/harbour%20wall.png`);
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');
  });

  it('without its last slash, is redirected to it (relative addresses need it); nothing else is', async () => {
    const reply = await get(P);
    expect(reply.status).toBe(308);
    expect(reply.headers.location).toBe(`${P}/`);
    expect((await get(P, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    expect((await get(NEAR_MISS)).status).toBe(404);
  });

  it('answers HEAD like GET, and a query does not change the path', async () => {
    expect((await get(`${P}/`, { method: 'HEAD' })).status).toBe(200);
    expect((await get(`${P}/?x=1`)).status).toBe(200);
    expect((await get(`/?${P}/`)).status).toBe(404);
  });

  it('is printed as the address to open: 127.0.0.1, the port, the secret and a slash', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}${P}/`);
  });

  it('must be a single segment of 64 hex digits', async () => {
    const fixture = await makeFixture();
    for (const secret of ['', 'short', `${SECRET}/x`, SECRET.toUpperCase(), `${SECRET}0`]) {
      await expect(startWebHost({ host: fixture.host, rendererDir: fixture.rendererDir, port: 0, secret }), JSON.stringify(secret)).rejects.toThrow(/64/);
    }
    await rm(fixture.root, { recursive: true, force: true });
  });

  it('is generated fresh and random when none is given', async () => {
    const fixture = await makeFixture();
    const [one, two] = await Promise.all([0, 1].map(() => startWebHost({ host: fixture.host, rendererDir: fixture.rendererDir, port: 0 })));
    try {
      expect(one!.secret).toMatch(/^[0-9a-f]{64}$/);
      expect(one!.secret).not.toBe(two!.secret);
      expect(one!.url).toBe(`http://127.0.0.1:${one!.port}/${one!.secret}/`);
    } finally {
      await Promise.all([one!.close(), two!.close()]);
      await rm(fixture.root, { recursive: true, force: true });
    }
  });
});

describe('requests from elsewhere', () => {
  it('refuses a Host other than 127.0.0.1 or localhost on this port (DNS rebinding), even with the secret', async () => {
    for (const host of ['evil.example', `evil.example:${web.port}`, `127.0.0.1:${web.port + 1}`, `127.0.0.1`, `[::1]:${web.port}`]) {
      const reply = await get(`${P}/`, { headers: { Host: host } });
      expect(reply.status, host).toBe(403);
    }
    expect((await get(`${P}/`, { headers: { Host: `localhost:${web.port}` } })).status).toBe(200);
  });

  it('refuses an Origin other than its own (a web page calling the API), even with the secret', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${web.port}`, `https://127.0.0.1:${web.port}`, `http://127.0.0.1:${web.port + 1}`]) {
      const reply = await api('workspace:get', '{}', { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
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

  it.each([...STATIC, ...FILES])('%s under the secret is 404 and never the secret file', async (path) => {
    const reply = await get(`${P}${path}`);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('TOP SECRET');
  });

  it('serves a real project picture with its type', async () => {
    const reply = await get(`${P}/files/harbour/assets/harbour%20wall.png`);
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
    expect((await get(`${P}/api/workspace%3Aget`)).status).toBe(405);
    expect((await api('workspace:get', 'folder=x', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await get(`${P}/index.html`, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('response headers', () => {
  it('every response carries the CSP, nosniff, no-store and no-referrer, refusals included', async () => {
    for (const reply of [await get(`${P}/`), await get('/'), await get(`${P}/nowhere`), await get(P), await api('workspace:get', '{}')]) {
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

describe('the real renderer build (out/renderer, built by the global setup)', () => {
  it('references its assets relatively, so they load under the secret (and under app://app/ in Electron)', async () => {
    const rendererDir = join(import.meta.dirname, '../../out/renderer');
    const fixture = await makeFixture();
    const real = await startWebHost({ host: fixture.host, rendererDir, port: 0, secret: SECRET, onBug: () => undefined });
    try {
      const reply = await send(`${P}/`, { port: real.port });
      replies.push(reply);
      expect(reply.status).toBe(200);
      const references = [...reply.body.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        expect(reference, reference).toMatch(/^\.\/assets\//);
        const asset = await send(`${P}/${reference.slice(2)}`, { port: real.port });
        replies.push(asset);
        expect(asset.status, reference).toBe(200);
      }
    } finally {
      await real.close();
      await rm(fixture.root, { recursive: true, force: true });
    }
  });
});

describe('cookies', () => {
  it('none is ever set: the secret lives in the path, which browsers do not share between ports', () => {
    expect(replies.length).toBeGreaterThan(100);
    for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();
  });
});
