/**
 * The app figures (issue 4): the app as a person uses it, in the web host (out/web) with Debian's Chromium, the
 * same renderer and host handlers as the desktop app. Called from bench/run.ts with its `row` printer.
 *
 * Every figure is timed inside the page with performance.now(), so the DevTools protocol's own latency (playwright
 * sending keys, polling) is not counted. "Painted" means: the first requestAnimationFrame after the change, then a
 * task posted from it (MessageChannel), which runs after that frame's style, layout and paint on the main thread;
 * the compositor's few milliseconds after that are not counted. Medians after warm-up runs; the machine is small
 * and shared (2 cores), so single runs are noise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright';
import { launchBrowser, startHost, type RunningHost } from '../e2e/harness';
import { createAppHost, dispatch } from '../shared/app-host';
import { webProjectFileUrl } from '../shared/web-host/host-config';
import { BIG_RELEASE, BLOCKS_RELEASE, copySeed, writeBigRelease, writeBlocksRelease, writeProjectList } from './app-fixtures';

type Row = (what: string, value: string, target: string, ok: boolean | null) => void;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The page's own scope, typed by hand (the bench compiles without the DOM library, like the e2e code). */
type Scope = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SEED_TITLE = 'Joint inspection of children at risk of harm, May 2023';

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a helper the page lacks.
  await context.addInitScript('globalThis.__name = (target) => target;');
  return context.newPage();
}

/** Opens the app and a project from the list, as a person would (the editor has no address of its own). */
async function openEditor(page: Page, host: RunningHost, title: string, ready: string): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.locator(ready).waitFor();
  await page.getByRole('heading', { name: 'Preview' }).waitFor();
  await settle(page);
}

/** Waits until nothing is saving or previewing and a little quiet has passed. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const scope = globalThis as Scope;
    const status = scope.document.querySelector('.save-words')?.textContent ?? '';
    const preview = scope.document.querySelector('.preview-state')?.textContent ?? '';
    return !status.includes('Saving') && !preview.includes('Updating');
  });
  await pause(400);
}

/** In the page: the time of each keydown, and a function that resolves at the first paint after `changed()`. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as Scope;
    scope.__bench = { keydown: 0, keys: [] as unknown[], fetches: [] as unknown[] };
    const bench = scope.__bench;
    // After the frame's rendering steps: a task posted from requestAnimationFrame.
    bench.afterPaint = (then: (at: number, frame: number) => void) =>
      scope.requestAnimationFrame(() => {
        const frame = scope.performance.now();
        const channel = new scope.MessageChannel();
        channel.port1.onmessage = () => then(scope.performance.now(), frame);
        channel.port2.postMessage(0);
      });
    scope.document.addEventListener('keydown', () => (bench.keydown = scope.performance.now()), { capture: true });
    scope.document.addEventListener(
      'input',
      () => {
        const start = bench.keydown;
        const input = scope.performance.now();
        bench.afterPaint((painted: number, frame: number) => bench.keys.push({ start, input, frame, painted }));
      },
      { capture: true },
    );
    // The preview's calls, timed: the bridge looks up fetch on each call.
    const original = scope.fetch.bind(scope);
    scope.fetch = async (input: unknown, init: unknown) => {
      if (!String(input).includes('project%3Apreview')) return original(input, init);
      const record: Record<string, number> = { start: scope.performance.now() };
      bench.fetches.push(record);
      const response = await original(input, init);
      record.headers = scope.performance.now();
      const json = response.json.bind(response);
      response.json = async () => {
        const value = await json();
        record.parsed = scope.performance.now();
        return value;
      };
      return response;
    };
  });
}

// 1. The project list with 500 projects, from navigation start to all rows painted.
async function projectListFigures(browser: Browser, row: Row): Promise<void> {
  const workspace = await mkdtemp(join(tmpdir(), 'pressdesk-bench-list-'));
  await writeProjectList(workspace, 500);
  const host = await startHost(workspace);
  try {
    const page = await newPage(browser);
    // Installed before the app's scripts: resolves when the table has 500 rows and they are painted. The time is
    // performance.now() of the document, whose origin is the start of navigation, so the figure is goto → HTML,
    // scripts, projects:list, React render, layout, paint.
    await page.addInitScript(() => {
      const scope = globalThis as Scope;
      scope.__listPainted = new Promise((done) => {
        const observer = new scope.MutationObserver(() => {
          if (scope.document.querySelectorAll('table.project-table tbody tr').length < 500) return;
          observer.disconnect();
          const rowsAt = scope.performance.now();
          scope.requestAnimationFrame(() => {
            const channel = new scope.MessageChannel();
            channel.port1.onmessage = () => done({ rowsAt, painted: scope.performance.now() });
            channel.port2.postMessage(0);
          });
        });
        observer.observe(scope.document, { childList: true, subtree: true });
      });
    });
    const runs: { painted: number; rowsAt: number; list: number; wall: number }[] = [];
    for (let run = 0; run < 3 + 9; run++) {
      const start = performance.now();
      await page.goto(host.url);
      const times = (await page.evaluate(() => (globalThis as Scope).__listPainted)) as { painted: number; rowsAt: number };
      const wall = performance.now() - start;
      const entry = (await page.evaluate(() =>
        (globalThis as Scope).performance.getEntriesByType('resource').find((resource: { name: string }) => resource.name.includes('projects%3Alist')),
      )) as { startTime: number; responseEnd: number } | undefined;
      if (run >= 3) runs.push({ ...times, list: entry ? entry.responseEnd - entry.startTime : NaN, wall });
    }
    const rows = await page.locator('table.project-table tbody tr').count();
    const painted = median(runs.map((run) => run.painted));
    row(`project list, ${rows} projects: goto → all rows painted (not virtualised)`, `${painted.toFixed(0)} ms`, '≤ 1 s', painted <= 1000);
    row('  of which the projects:list call (fetch start → response end)', `${median(runs.map((run) => run.list)).toFixed(0)} ms`, '(context)', null);
    row('  from Node: page.goto → rows painted, DevTools protocol included', `${median(runs.map((run) => run.wall)).toFixed(0)} ms`, '(context)', null);
    await page.context().close();
  } finally {
    await host.stop();
    await rm(workspace, { recursive: true, force: true });
  }
}

// 2. A key pressed in a 200-block release, to the character painted.
async function keystrokeFigures(browser: Browser, host: RunningHost, row: Row): Promise<void> {
  const page = await newPage(browser);
  await openEditor(page, host, BLOCKS_RELEASE.title, '#field-release-body-199-text, #field-release-body-199-items-0');
  await installProbes(page);

  // Typing at about 7 keys a second (a quick typist), one key at a time so each is measured alone: autosave runs
  // during the burst as it would (at most a second apart), the preview only after it (it waits for a pause).
  type Key = { start: number; input: number; frame: number; painted: number };
  const typeInto = async (selector: string, keys: number): Promise<Key[]> => {
    await page.locator(selector).click();
    await page.keyboard.press('End');
    await page.evaluate(() => ((globalThis as Scope).__bench.keys = []));
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let index = 0; index < keys; index++) {
      const start = performance.now();
      await page.keyboard.press(letters[index % letters.length]!);
      await page.waitForFunction((count) => (globalThis as Scope).__bench.keys.length >= count, index + 1, { polling: 'raf' });
      await pause(Math.max(0, 140 - (performance.now() - start)));
    }
    await settle(page);
    const keysDone = (await page.evaluate(() => (globalThis as Scope).__bench.keys)) as Key[];
    return keysDone;
  };

  const paragraph = '#field-release-body-101-text';
  await typeInto(paragraph, 10); // warm-up
  const keys = await typeInto(paragraph, 30);
  const headline = (await typeInto('#field-release-headline', 30)).map((key) => key.painted - key.start);
  const inParagraph = keys.map((key) => key.painted - key.start);
  const p = median(inParagraph);
  row('200-block release: keystroke → painted, paragraph 101 (median of 30)', `${p.toFixed(0)} ms`, '≤ 50 ms', p <= 50);
  const worst = [...inParagraph].sort((a, b) => a - b)[Math.floor(inParagraph.length * 0.9)]!;
  row('  the same, 90th percentile (autosave runs during the burst)', `${worst.toFixed(0)} ms`, '(context)', null);
  // input → frame: React's render and commit of the change (synchronous, in the input event), then the wait for
  // the next frame; frame → painted: requestAnimationFrame callbacks, style, layout and paint of that frame.
  row('  of which input event → next frame (React, then vsync wait)', `${median(keys.map((key) => key.frame - key.input)).toFixed(0)} ms`, '(context)', null);
  row('  of which that frame: style, layout, paint', `${median(keys.map((key) => key.painted - key.frame)).toFixed(0)} ms`, '(context)', null);
  const h = median(headline);
  row('200-block release: keystroke → painted, Headline (median of 30)', `${h.toFixed(0)} ms`, '≤ 50 ms', h <= 50);
  await page.context().close();
}

// 3. Autosave of a ~1 MB release, from the page over HTTP as the editor's bridge sends it: what the autosave sends
//    after a keystroke (project:patch with the one changed paragraph, against the revision the host last saved), and,
//    for context, the whole project (project:save), which the autosave falls back to when the host's copy is stale.
async function autosaveFigures(browser: Browser, host: RunningHost, row: Row, size: number): Promise<void> {
  const page = await newPage(browser);
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
  const times = (await page.evaluate(async (name) => {
    const scope = globalThis as Scope;
    const post = async (channel: string, input: unknown) => {
      // Relative, as the bridge sends it: the page is at /<secret>/, so this is /<secret>/api/<channel>.
      const response = await scope.fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const result = await response.json();
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const opened = await post('project:open', { name });
    const { project } = opened;
    let revision: string = opened.revision;
    const patches: number[] = [];
    const saves: number[] = [];
    for (let run = 0; run < 5 + 15; run++) {
      // A changed paragraph each time, as typing makes it.
      const index = run % 50;
      project.release.body[index].text += ' More.';
      let start = scope.performance.now();
      const patched = await post('project:patch', { name, base: revision, changes: [{ path: ['release', 'body', index, 'text'], value: project.release.body[index].text }] });
      // The whole-project save below moves the revision on again.
      if (patched.stale) throw new Error('the host said the bench’s revision was stale');
      if (run >= 5) patches.push(scope.performance.now() - start);
      project.release.body[index].text += ' Again.';
      start = scope.performance.now();
      revision = (await post('project:save', { name, project })).revision;
      if (run >= 5) saves.push(scope.performance.now() - start);
    }
    return [patches, saves];
  }, BIG_RELEASE.name)) as [number[], number[]];
  const [patches, saves] = times;
  const total = median(patches);
  row(`${(size / 1024 / 1024).toFixed(2)} MB release: autosave after a keystroke (project:patch) from the page, HTTP (median of 15)`, `${total.toFixed(0)} ms`, '≤ 50 ms', total <= 50);
  row('  the whole project (project:save) from the page, HTTP', `${median(saves).toFixed(0)} ms`, '(context)', null);
  await page.context().close();

  // The same call from Node over HTTP (under the secret's path, as the page sends it): no browser in the way.
  const post = async (channel: string, input: unknown) => {
    const response = await fetch(new URL(`api/${encodeURIComponent(channel)}`, host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value: Scope; error: { message: string } };
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const { project } = await post('project:open', { name: BIG_RELEASE.name });
  const fromNode: number[] = [];
  for (let run = 0; run < 5 + 15; run++) {
    project.release.body[run % 50].text += ' More.';
    const start = performance.now();
    await post('project:save', { name: BIG_RELEASE.name, project });
    if (run >= 5) fromNode.push(performance.now() - start);
  }
  row('  the same call from Node over HTTP (no browser)', `${median(fromNode).toFixed(0)} ms`, '(context)', null);

  // The server's part: the same handlers in this process (parse, check against the contract, back up, write,
  // check), without HTTP, JSON in the browser or the body's transfer. Its own app host on the same workspace.
  const app = createAppHost({ settingsFile: join(host.workspace, '.pressdesk', 'settings.json'), defaultWorkspace: host.workspace, projectFileUrl: webProjectFileUrl });
  const opened = await dispatch(app.handlers, 'project:open', { name: BIG_RELEASE.name });
  if (!opened.ok) throw new Error(opened.error.message);
  const draft = (opened.value as { project: Scope }).project;
  const server: number[] = [];
  for (let run = 0; run < 5 + 15; run++) {
    draft.release.body[run % 50].text += ' More.';
    const body = JSON.stringify({ name: BIG_RELEASE.name, project: draft });
    const start = performance.now();
    // As the route does: parse the body, dispatch, serialise the answer.
    const result = await dispatch(app.handlers, 'project:save', JSON.parse(body));
    JSON.stringify(result);
    if (!result.ok) throw new Error(result.error.message);
    if (run >= 5) server.push(performance.now() - start);
  }
  const serverMs = median(server);
  row('  of which the host: JSON.parse + dispatch + answer, in-process (fsyncs included)', `${serverMs.toFixed(0)} ms`, '(context)', null);
}

// 4. An edit to the Headline of the seed release, to the Preview showing it.
async function previewFigures(browser: Browser, host: RunningHost, row: Row): Promise<void> {
  const page = await newPage(browser);
  await openEditor(page, host, SEED_TITLE, '#field-release-headline');
  await installProbes(page);
  await page.locator('#field-release-headline').click();
  await page.keyboard.press('End');
  const runs: { total: number; afterDebounce: number; call: number; draw: number }[] = [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let run = 0; run < 3 + 15; run++) {
    // Resolves at the first paint after the Preview region contains the whole new headline.
    const expected = `${await page.locator('#field-release-headline').inputValue()}${letters[run % letters.length]}`;
    await page.evaluate((text) => {
      const scope = globalThis as Scope;
      const region = scope.document.querySelector('section.preview');
      const bench = scope.__bench;
      bench.fetches = [];
      bench.shown = new Promise((done) => {
        const observer = new scope.MutationObserver(() => {
          if (!region.textContent.includes(text)) return;
          observer.disconnect();
          const shownAt = scope.performance.now();
          bench.afterPaint((painted: number) => done({ keydown: bench.keydown, shownAt, painted, fetches: bench.fetches }));
        });
        observer.observe(region, { childList: true, subtree: true, characterData: true });
      });
    }, expected);
    await page.keyboard.press(letters[run % letters.length]!);
    const shown = (await page.evaluate(() => (globalThis as Scope).__bench.shown)) as {
      keydown: number;
      painted: number;
      fetches: { start: number; headers: number; parsed: number }[];
    };
    const call = shown.fetches.at(-1)!;
    if (run >= 3) {
      runs.push({
        total: shown.painted - shown.keydown,
        afterDebounce: shown.painted - call.start,
        call: call.parsed - call.start,
        draw: shown.painted - call.parsed,
      });
    }
    await settle(page);
  }
  const total = median(runs.map((run) => run.total));
  row('seed release: Headline key → Preview painted (median of 15)', `${total.toFixed(0)} ms`, '≤ 300 ms', total <= 300);
  const after = median(runs.map((run) => run.afterDebounce));
  row('  after the 250 ms wait: project:preview sent → painted', `${after.toFixed(0)} ms`, '≤ 50 ms', after <= 50);
  row('    project:preview round trip, JSON parsed', `${median(runs.map((run) => run.call)).toFixed(0)} ms`, '(context)', null);
  row('    React drawing the answer, to paint', `${median(runs.map((run) => run.draw)).toFixed(0)} ms`, '(context)', null);
  await page.context().close();
}

export async function appFigures(row: Row): Promise<void> {
  console.log('');
  const build = spawnSync(process.execPath, [resolve('scripts/web.mjs'), '--build-only'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The web host could not be built (node scripts/web.mjs --build-only).');
  const browser = await launchBrowser();
  const workspace = await mkdtemp(join(tmpdir(), 'pressdesk-bench-app-'));
  try {
    await projectListFigures(browser, row);
    await writeBlocksRelease(workspace, 200);
    const size = await writeBigRelease(workspace, 1024 * 1024);
    await copySeed(workspace);
    const host = await startHost(workspace);
    try {
      await keystrokeFigures(browser, host, row);
      await autosaveFigures(browser, host, row, size);
      await previewFigures(browser, host, row);
    } finally {
      await host.stop();
    }
  } finally {
    await browser.close();
    await rm(workspace, { recursive: true, force: true });
  }
}
