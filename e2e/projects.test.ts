import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, NO_CHROMIUM, launchBrowser, newWorkspace, openApp, seriousAxeViolations, startHost } from './harness';

describe.skipIf(!CHROMIUM)(`the project browser and people directory in Chromium (${CHROMIUM ? 'web host' : NO_CHROMIUM})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a release, finds it, moves it to the bin and restores it; axe finds nothing serious', async () => {
    const workspace = await newWorkspace();
    const host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      await expect(page.getByRole('heading', { level: 1, name: 'Projects' }).isVisible()).resolves.toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'New release' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Title').fill('Harbour wall repairs begin');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('heading', { level: 1, name: 'Harbour wall repairs begin' }).waitFor();
      // A real folder in the throwaway workspace, named from the title.
      expect(await readdir(workspace)).toContain('harbour-wall-repairs-begin');

      await page.getByRole('button', { name: 'All projects' }).click();
      const row = page.getByRole('row', { name: /Harbour wall repairs begin/ });
      await row.waitFor();
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toMatch(/draft/i);

      await page.getByLabel('Search projects').fill('no such thing');
      await row.waitFor({ state: 'detached' });
      await page.getByLabel('Search projects').fill('harbour');
      await row.waitFor();

      await row.getByRole('button', { name: /Delete/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move to bin' }).click();
      await row.waitFor({ state: 'detached' });
      expect(await readdir(join(workspace, 'bin'))).toHaveLength(1);
      await page.getByRole('button', { name: /Show bin \(1\)/ }).click();
      await page.getByRole('button', { name: /Restore/ }).click();
      await row.waitFor();
      expect(await readdir(workspace)).toContain('harbour-wall-repairs-begin');
    } finally {
      await host.stop();
    }
  });

  it('keeps a directory of people with labelled fields; axe finds nothing serious', async () => {
    const workspace = await newWorkspace();
    const host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      await page.getByRole('button', { name: 'People' }).click();
      await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
      await page.getByRole('button', { name: 'Add person' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Name', { exact: true }).fill('Jane Smith');
      await dialog.getByLabel('Honorific').fill('Councillor');
      await dialog.getByLabel('Role').fill('Cabinet Member for Environment');
      await dialog.getByLabel('Organisation').fill('Aberhaven Council');
      await dialog.getByLabel('Email').fill('jane.smith@aberhaven.example');
      await dialog.getByLabel('Phone').fill('01632 960000');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('cell', { name: /Jane Smith/ }).first().waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The directory is the workspace's people.json: a new host process sees the same person.
      await host.stop();
      const again = await startHost(workspace);
      try {
        const reopened = await openApp(browser, again);
        await reopened.getByRole('button', { name: 'People' }).click();
        await reopened.getByRole('cell', { name: /Cabinet Member for Environment/ }).waitFor();
      } finally {
        await again.stop();
      }
    } finally {
      await host.stop();
    }
  });
});
