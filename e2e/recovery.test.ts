import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, NO_CHROMIUM, launchBrowser, newWorkspace, openApp, startHost, type RunningHost } from './harness';
import { addBlock, block, createRelease, draftFile, openProject, readProject, waitForSavedProject } from './editor-steps';

/*
 * What survives a crash: the host (which does all the writing, as Electron's main process would) is killed with
 * SIGKILL while someone is still typing. Autosave promises to lose at most the last second (renderer/src/editor/
 * autosaver.ts: a save at least every second while typing goes on).
 */

/** Milliseconds between keystrokes: a brisk typist, 20 characters a second. */
const KEY_GAP_MS = 50;

/**
 * How much typing before the kill may be lost. The promise is "about a second": a save goes out at most 1 s after
 * the first change it carries, so the newest complete save on disk can be up to 1 s behind the keyboard, plus the
 * time that save takes to reach the host and be written and fsynced (tens of ms here) and timer jitter. 1.2 s allows
 * 200 ms for those; a host that saved only when typing paused would lose everything typed in these 4 s and fail.
 */
const ALLOWED_LOSS_MS = 1200;

interface Typed {
  /** Date.now() after each keystroke was handled by the page (keyboard.type resolves once the key events ran). */
  readonly stamps: number[];
  /** Date.now() just before SIGKILL was sent. */
  readonly killedAt: number;
  /** How many characters had been typed when the kill was sent. */
  readonly typedBeforeKill: number;
}

/** Types `text` into the focused field one key at a time; after `killAfter` characters kills the host and types on. */
async function typeAndKill(page: Page, text: string, killAfter: number, host: RunningHost): Promise<Typed> {
  const stamps: number[] = [];
  let killedAt = 0;
  let killed: Promise<void> = Promise.resolve();
  for (const [index, character] of [...text].entries()) {
    await page.keyboard.type(character);
    stamps.push(Date.now());
    if (index + 1 === killAfter) {
      killedAt = Date.now();
      killed = host.kill();
    }
    // Timing is the point here: a steady typist, not a wait for something to happen.
    await new Promise((resolve) => setTimeout(resolve, KEY_GAP_MS));
  }
  await killed;
  expect(host.child.signalCode).toBe('SIGKILL');
  return { stamps, killedAt, typedBeforeKill: killAfter };
}

/** Checks a recovered value against what was typed: a prefix, missing at most the last ALLOWED_LOSS_MS of typing. */
function expectAtMostLastSecondLost(recovered: string, typedText: string, typed: Typed, before = ''): void {
  expect(recovered.startsWith(before), `"${recovered}" starts with "${before}"`).toBe(true);
  const kept = recovered.slice(before.length);
  expect(typedText.startsWith(kept), `"${kept}" is a prefix of what was typed`).toBe(true);
  expect(kept.length).toBeLessThanOrEqual(typed.typedBeforeKill);
  const mustHave = typed.stamps.filter((stamp) => stamp <= typed.killedAt - ALLOWED_LOSS_MS).length;
  // Recorded in the failure message: how far behind the keyboard the disk was when the host died.
  const lostMs = kept.length < typed.typedBeforeKill ? typed.killedAt - typed.stamps[kept.length]! : 0;
  expect(kept.length, `kept ${kept.length} of ${typed.typedBeforeKill} characters typed before the kill (lost the last ${lostMs} ms)`).toBeGreaterThanOrEqual(
    mustHave,
  );
  // The test means something only if there was more than a second of typing before the kill.
  expect(mustHave).toBeGreaterThan(10);
}

const TYPED = 'Harbour wall repairs begin on the north pier next week and will finish by the spring';

describe.skipIf(!CHROMIUM)(`recovery after the host is killed (${CHROMIUM ? 'web host' : NO_CHROMIUM})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('killing the host mid-typing loses at most the last second', async () => {
    const workspace = await newWorkspace();
    let host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      const title = 'Recovery check';
      const name = await createRelease(page, workspace, title);
      const headline = page.getByLabel('Headline', { exact: true });
      await headline.focus();
      // Select the headline the title filled in; the first keystroke replaces it, so the draft never has an empty one.
      await page.keyboard.press('Control+A');
      // 86 characters at ~50 ms: a little over 4 s of typing, killed at character 60 (~3 s in), typing on after it.
      const typed = await typeAndKill(page, TYPED, 60, host);
      await page.context().close();

      host = await startHost(workspace);
      const reopened = await openApp(browser, host);
      await openProject(reopened, title);
      const recovered = await reopened.getByLabel('Headline', { exact: true }).inputValue();
      expectAtMostLastSecondLost(recovered, TYPED, typed);
      // A valid draft went to project.json itself, which says the same.
      expect((await readProject(workspace, name))?.release.headline).toBe(recovered);
    } finally {
      await host.stop();
    }
  });

  it('a draft that did not validate at the kill is recovered from project.draft.json, with a notice', async () => {
    const workspace = await newWorkspace();
    let host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      const title = 'Draft recovery check';
      const name = await createRelease(page, workspace, title);
      const paragraph = await addBlock(page, 'Add paragraph', 'Paragraph 1');
      await paragraph.getByLabel('Text', { exact: true }).fill('First words. ');
      await waitForSavedProject(page, workspace, name, (project) => project?.release?.body?.[0]?.text === 'First words. ');
      // An empty headline: the project no longer validates, so what follows is saved only as project.draft.json.
      await page.getByLabel('Headline', { exact: true }).fill('');
      await paragraph.getByLabel('Text', { exact: true }).focus();
      await page.keyboard.press('End');
      const typed = await typeAndKill(page, TYPED, 60, host);
      await page.context().close();

      // project.json still holds the last valid version; the newer, invalid one is in the draft file.
      const onDisk = await readProject(workspace, name);
      expect(onDisk?.release.headline).toBe(title);
      expect(onDisk?.release.body[0]?.text).toBe('First words. ');
      const draft = await readFile(draftFile(workspace, name), 'utf8');
      expect(draft).toContain('First words. Harbour');

      host = await startHost(workspace);
      const reopened = await openApp(browser, host);
      await openProject(reopened, title);
      await reopened.getByText(/Pressdesk kept changes that were not yet complete enough to save as the project/).waitFor();
      await expect(reopened.getByLabel('Headline', { exact: true }).inputValue()).resolves.toBe('');
      const recovered = await block(reopened, 'Paragraph 1').getByLabel('Text', { exact: true }).inputValue();
      expectAtMostLastSecondLost(recovered, TYPED, typed, 'First words. ');
      // The Checks panel names what stops it being saved as the project.
      await reopened.getByRole('region', { name: 'Checks' }).getByRole('button', { name: /Headline/ }).waitFor();
    } finally {
      await host.stop();
    }
  });
});
