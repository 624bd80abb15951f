import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';

/*
 * The e2e harness: the app runs in Debian's Chromium (never a downloaded browser) against the web host, which serves
 * the same IPC contract over HTTP with the same handlers as Electron's main process. Every test gets its own
 * throwaway workspace folder and its own host process, so tests never see each other's projects.
 */

const ROOT = resolve(import.meta.dirname, '..');
const HOST_ENTRY = join(ROOT, 'out/web/pressdesk-web.mjs');

/** Debian's Chromium, where apt put it; undefined when missing (the e2e tests then say how to install it). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
export const NO_CHROMIUM = 'e2e tests need Debian’s Chromium: apt-get install -y chromium (.ci/run does this)';

export interface RunningHost {
  /** The address with its secret (`http://127.0.0.1:<port>/<secret>/`), as the host printed it. */
  readonly url: string;
  readonly workspace: string;
  readonly child: ChildProcess;
  /** Stops the host politely (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills the host at once (SIGKILL), as a crash or a power cut would. */
  kill(): Promise<void>;
}

export const newWorkspace = (): Promise<string> => mkdtemp(join(tmpdir(), 'pressdesk-e2e-'));

/** Starts the built web host on a free port for `workspace` and waits for the line with its address. */
export async function startHost(workspace: string, port = 0): Promise<RunningHost> {
  if (!existsSync(HOST_ENTRY)) throw new Error('The web host is not built: run `node scripts/web.mjs --build-only` (the e2e global setup does).');
  const child = spawn(process.execPath, [HOST_ENTRY, '--workspace', workspace, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The web host did not print its address within 20 s. Output:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((text) => /^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{64}\/\s*$/.test(text));
      if (line) {
        clearTimeout(timer);
        resolveUrl(line.trim());
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (${code}) before printing its address. Output:\n${output}`));
    });
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url,
    workspace,
    child,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error(NO_CHROMIUM);
  // --no-sandbox: CI runs as root, where Chromium refuses its sandbox. The page is our own app on 127.0.0.1.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

/** Opens the app in a new page (a fresh context: no cookies from other tests) and waits for the first screen. */
export async function openApp(browser: Browser, host: RunningHost): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Runs axe-core on the page as it is now and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
  await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    // Runs in the page; typed by hand because the e2e code compiles without the DOM library.
    const scope = globalThis as unknown as { document: unknown; axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await scope.axe.run(scope.document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}
