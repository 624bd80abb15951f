import { protocol } from 'electron';
import { openResolved } from '../../shared/app-host/safe-path';
import { contentTypeOf } from '../../shared/web-host/content-type';
import { resolveAppUrl, type AppFiles } from './app-protocol';
import { APP_CSP } from './csp';

/**
 * app:// instead of file://: a file: page may read any file: URL, while an app:// page is an origin of its own
 * that can reach only what resolveAppUrl allows. Privileged as standard (real origins, relative URLs) and secure
 * (a secure context, like https), with fetch. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const HEADERS = { 'Content-Security-Policy': APP_CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

/** Serves app:// from the renderer build and the host's project files; everything else is a 404. */
export function handleAppScheme(files: AppFiles): void {
  protocol.handle('app', async (request) => {
    const file = request.method === 'GET' ? await resolveAppUrl(request.url, files) : null;
    const bytes = file === null ? null : await readChecked(file);
    if (file === null || bytes === null) {
      return new Response('Not found', { status: 404, headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    return new Response(new Uint8Array(bytes), { status: 200, headers: { ...HEADERS, 'Content-Type': contentTypeOf(file) } });
  });
}

/** The file's bytes, read from a handle opened and checked again (openResolved): what was checked is what is sent. */
async function readChecked(file: string): Promise<Uint8Array | null> {
  const handle = await openResolved(file);
  if (handle === null) return null;
  try {
    return await handle.readFile();
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}
