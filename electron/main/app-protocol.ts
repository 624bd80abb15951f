import { resolveInside } from '../../shared/app-host/safe-path';

/** What the app:// protocol may serve: the renderer build, and files the app host vouches for. */
export interface AppFiles {
  /** The renderer build (out/renderer). */
  readonly rendererDir: string;
  /** The host's check for a project's file (AppHost.projectFile): an absolute path, or null when refused. */
  readonly projectFile: (project: string, src: string) => Promise<string | null>;
}

/**
 * The file an app:// URL names, or null (a 404) for anything else. Two hosts exist: `app://app/<path>` is the
 * renderer build (`app://app/` is index.html), `app://project/<name>/<path>` a project's file. Paths are
 * taken from the raw URL and passed on still encoded: the resolvers decode exactly once and refuse `..`,
 * `%2e%2e`, absolute paths, backslashes, hidden names and symlinks that leave their folder.
 *
 * No Electron here, so it is tested on its own (app-protocol.test.ts); protocol.ts only wires it in.
 */
export async function resolveAppUrl(url: string, files: AppFiles): Promise<string | null> {
  const match = /^app:\/\/([^/?#]+)(\/[^?#]*)?(?:[?#].*)?$/i.exec(url);
  if (!match) return null;
  const host = match[1].toLowerCase();
  const path = (match[2] ?? '/').slice(1);
  if (host === 'app') return resolveInside(files.rendererDir, path === '' ? 'index.html' : path);
  if (host !== 'project') return null;
  const slash = path.indexOf('/');
  if (slash <= 0) return null;
  let project: string;
  try {
    project = decodeURIComponent(path.slice(0, slash));
  } catch {
    return null;
  }
  return files.projectFile(project, path.slice(slash + 1));
}
