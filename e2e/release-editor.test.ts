import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfToText, readDocx } from '../shared/testing/readers';
import { CHROMIUM, NO_CHROMIUM, launchBrowser, newWorkspace, openApp, seriousAxeViolations, startHost, type RunningHost } from './harness';
import {
  addBlock,
  addPerson,
  block,
  createRelease,
  editorReady,
  missingInOrder,
  openProject,
  plainWords,
  readProject,
  saveStatus,
  selectOptionContaining,
  waitForSavedProject,
  type PersonDetails,
} from './editor-steps';

/*
 * The release editor in Chromium against the web host: everything is done through labelled controls, as a person
 * (or a screen reader) would, and checked in what the app wrote: project.json, and the exports read back with
 * python-docx and pdftotext, which we did not write.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SEED_DIR = join(ROOT, 'examples/joint-inspection-2023');

interface SeedBlock {
  readonly type: 'paragraph' | 'heading' | 'list' | 'quote' | 'image';
  readonly text?: string;
  readonly items?: readonly string[];
  readonly ordered?: boolean;
  readonly speakers?: readonly string[];
  readonly paragraphs?: readonly string[];
  readonly approval?: { readonly by: string; readonly on: string } | null;
  readonly src?: string;
  readonly alt?: string;
}

interface Seed {
  readonly title: string;
  readonly status: string;
  readonly people: readonly (PersonDetails & { readonly id: string })[];
  readonly release: {
    readonly headline: string;
    readonly date: string;
    readonly embargo: string | null;
    readonly body: readonly SeedBlock[];
    readonly notesHeading?: string;
    readonly notes: readonly string[];
    readonly contacts: readonly { readonly name: string; readonly role?: string; readonly phone?: string; readonly email?: string }[];
  };
}

const STATUS_WORDS: Readonly<Record<string, string>> = { draft: 'Draft', review: 'For review', approved: 'Approved', issued: 'Issued' };

/** Types the seed's story into the editor block by block, driven by the JSON. */
async function typeBody(page: Page, seed: Seed): Promise<void> {
  const counts: Record<string, number> = {};
  const nameOf = (id: string): string => seed.people.find((person) => person.id === id)!.name;
  for (const item of seed.release.body) {
    counts[item.type] = (counts[item.type] ?? 0) + 1;
    const n = counts[item.type];
    switch (item.type) {
      case 'paragraph': {
        const group = await addBlock(page, 'Add paragraph', `Paragraph ${n}`);
        await group.getByLabel('Text', { exact: true }).fill(item.text!);
        break;
      }
      case 'heading': {
        const group = await addBlock(page, 'Add subheading', `Subheading ${n}`);
        await group.getByLabel('Text', { exact: true }).fill(item.text!);
        break;
      }
      case 'list': {
        const group = await addBlock(page, 'Add list', `List ${n}`);
        await group.getByLabel('Numbered list').setChecked(item.ordered === true);
        for (const [index, text] of item.items!.entries()) {
          if (index > 0) await group.getByRole('button', { name: 'Add item' }).click();
          await group.getByLabel(`Item ${index + 1}`, { exact: true }).fill(text);
        }
        break;
      }
      case 'quote': {
        const group = await addBlock(page, 'Add quote', `Quote ${n}`);
        for (const id of item.speakers!) {
          await selectOptionContaining(group.getByLabel('Add speaker'), nameOf(id));
          await group.getByRole('button', { name: 'Add', exact: true }).click();
          await group.getByRole('listitem').filter({ hasText: nameOf(id) }).waitFor();
        }
        for (const [index, text] of item.paragraphs!.entries()) {
          if (index > 0) await group.getByRole('button', { name: 'Add quote paragraph' }).click();
          await group.getByLabel(`Quote paragraph ${index + 1}`, { exact: true }).fill(text);
        }
        if (item.approval) {
          await group.getByLabel('Approved by').fill(item.approval.by);
          await group.getByLabel('Approved on').fill(item.approval.on);
        }
        break;
      }
      case 'image': {
        const group = await addBlock(page, 'Add image', `Image ${n}`);
        await group.getByLabel('Picture file').setInputFiles(join(SEED_DIR, item.src!));
        // The hint names the copy in the project's assets once assets:import has taken it.
        await group.getByText(/^Using assets\//).waitFor();
        await group.getByLabel('Alt text').fill(item.alt!);
        break;
      }
    }
  }
}

/** The seed's story as a reader should find it, in order: paragraphs, list items and quote paragraphs, plain words. */
function storyTexts(seed: Seed): { texts: string[]; listItems: string[] } {
  const texts: string[] = [];
  const listItems: string[] = [];
  for (const item of seed.release.body) {
    if (item.type === 'paragraph' || item.type === 'heading') texts.push(plainWords(item.text!));
    if (item.type === 'list') {
      texts.push(...item.items!.map(plainWords));
      listItems.push(...item.items!.map(plainWords));
    }
    if (item.type === 'quote') texts.push(...item.paragraphs!.map(plainWords));
  }
  return { texts, listItems };
}

describe.skipIf(!CHROMIUM)(`the release editor in Chromium (${CHROMIUM ? 'web host' : NO_CHROMIUM})`, () => {
  let browser: Browser;
  let seed: Seed;
  beforeAll(async () => {
    browser = await launchBrowser();
    seed = JSON.parse(await readFile(join(SEED_DIR, 'project.json'), 'utf8')) as Seed;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('rebuilds the seed release from nothing by typing into the labelled fields', { timeout: 180_000 }, async () => {
    const workspace = await newWorkspace();
    const host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      for (const person of seed.people) await addPerson(page, person);

      const name = await createRelease(page, workspace, 'Joint inspection');
      await page.getByLabel('Working title').fill(seed.title);
      await page.getByLabel('Headline', { exact: true }).fill(seed.release.headline);
      await page.getByLabel('Date of issue').fill(seed.release.date);
      // The seed has no embargo: the box stays unticked, with no date or time to fill.
      expect(seed.release.embargo).toBeNull();
      await expect(page.getByLabel('Embargoed').isChecked()).resolves.toBe(false);
      await expect(page.getByLabel('Embargo date').count()).resolves.toBe(0);

      await typeBody(page, seed);

      // The joint quote's attribution names all three speakers, in the order picked, "and" before the last.
      const [, ...rest] = seed.release.body.filter((item) => item.type === 'quote');
      const jointQuote = seed.release.body.find((item) => item.type === 'quote')!;
      const speakerNames = jointQuote.speakers!.map((id) => seed.people.find((person) => person.id === id)!.name);
      const printedAs = await block(page, 'Quote 1').locator('.attribution-preview strong').textContent();
      const names = speakerNames.map(escapeForRegExp);
      // Each description has commas of its own, so shared/compose separates them with semicolons: "A, …; B, …; and C, …, said:".
      expect(printedAs).toMatch(new RegExp(`^${names[0]}\\b.*[,;] .*${names[1]}\\b.*[,;]? and ${names[2]}\\b.* said:$`));
      expect(rest).toHaveLength(1);
      expect(await block(page, 'Quote 2').locator('.attribution-preview strong').textContent()).toMatch(/Caroline Cochrane.* said:$/);

      const notes = page.getByRole('region', { name: 'Notes to editors' });
      if (seed.release.notesHeading) await notes.getByLabel('Heading over the notes').fill(seed.release.notesHeading);
      for (const [index, text] of seed.release.notes.entries()) {
        await notes.getByRole('button', { name: 'Add note' }).click();
        await notes.getByLabel(`Note ${index + 1}`, { exact: true }).fill(text);
      }
      const contacts = page.getByRole('region', { name: 'Media contacts' });
      for (const [index, contact] of seed.release.contacts.entries()) {
        await contacts.getByRole('button', { name: 'Add contact' }).click();
        const group = contacts.getByRole('group', { name: `Contact ${index + 1}` });
        await group.getByLabel('Name').fill(contact.name);
        await group.getByLabel('Role').fill(contact.role ?? '');
        await group.getByLabel('Phone').fill(contact.phone ?? '');
        await group.getByLabel('Email').fill(contact.email ?? '');
      }
      // Issued needs every quote signed off, which the seed's are.
      await page.getByLabel('Status').selectOption({ label: STATUS_WORDS[seed.status]! });

      await expect.poll(() => page.locator('.checks .problem-error').count()).toBe(0);
      const saved = await waitForSavedProject(
        page,
        workspace,
        name,
        (project) => project?.status === seed.status && project?.release?.contacts?.[0]?.email === seed.release.contacts.at(-1)?.email,
      );

      // What the app wrote: the same story, with the three speakers' ids (the directory's, not the seed's) on quote 1.
      expect(saved.title).toBe(seed.title);
      expect(saved.release.headline).toBe(seed.release.headline);
      expect(saved.release.date).toBe(seed.release.date);
      expect(saved.release.body.map((item) => item.type)).toEqual(seed.release.body.map((item) => item.type));
      const idOf = (personName: string): string | undefined => saved.people.find((person) => person.name === personName)?.id;
      const firstQuote = saved.release.body.find((item) => item.type === 'quote')!;
      expect(firstQuote.speakers).toHaveLength(3);
      expect(firstQuote.speakers).toEqual(speakerNames.map(idOf));
      expect(firstQuote.paragraphs).toEqual(jointQuote.paragraphs);
      expect(firstQuote.approval).toEqual(jointQuote.approval);
      expect(saved.release.notes).toEqual(seed.release.notes);
      expect(saved.release.notesHeading).toBe(seed.release.notesHeading);
      expect(saved.release.contacts).toEqual(seed.release.contacts);
      const image = saved.release.body[0]!;
      expect(image.alt).toBe(seed.release.body[0]!.alt);
      expect(image.src).toMatch(/^assets\/.+\.jpe?g$/);

      // Export Word, then PDF; each says which file it saved.
      await page.getByRole('button', { name: 'Export Word' }).click();
      await page.getByText(/^Saved .+\.docx$/).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Export PDF' }).click();
      await page.getByText(/^Saved .+\.pdf$/).waitFor({ timeout: 60_000 });
      const exportsDir = join(workspace, name, 'exports');
      const files = await readdir(exportsDir);
      const docxName = files.find((file) => file.endsWith('.docx'));
      const pdfName = files.find((file) => file.endsWith('.pdf'));
      expect(docxName).toBeDefined();
      expect(pdfName).toBeDefined();

      const { texts, listItems } = storyTexts(seed);
      const docx = await readDocx(join(exportsDir, docxName!));
      const headline = docx.paragraphs.find((paragraph) => paragraph.text.trim() === seed.release.headline);
      expect(headline?.style).toMatch(/^(Heading 1|Title)$/);
      const docxPlain = docx.paragraphs.map((paragraph) => ({ words: plainWords(paragraph.text), style: paragraph.style }));
      // Every paragraph, list item and quote paragraph, in the seed's order, each in a paragraph of its own.
      let from = 0;
      for (const text of texts) {
        const at = docxPlain.findIndex((paragraph, index) => index >= from && paragraph.words.includes(text));
        expect(at, `"${text}" in order in the Word file`).toBeGreaterThanOrEqual(0);
        if (listItems.includes(text)) expect(docxPlain[at]!.style).toMatch(/^List Bullet/);
        from = at + 1;
      }
      expect(docx.images.map((picture) => picture.description)).toContain(seed.release.body[0]!.alt);
      // The seed's notes heading ("More information"), as a subheading just before the first note.
      const notesAt = docx.paragraphs.findIndex((paragraph) => paragraph.text.trim() === seed.release.notesHeading);
      expect(docx.paragraphs[notesAt]?.style).toBe('Heading 2');
      expect(plainWords(docx.paragraphs[notesAt + 1]?.text ?? '')).toContain(plainWords(seed.release.notes[0]!).split(' ').slice(0, 6).join(' '));

      // pdftotext joins a word broken after its hyphen at a line end ("self-" / "evaluation" → "selfevaluation"), so the
      // PDF is compared on its letters and digits alone, still in order.
      const squash = (words: string): string => words.replace(/ /g, '');
      const pdfLetters = squash(plainWords(await pdfToText(join(exportsDir, pdfName!))));
      expect(missingInOrder([plainWords(seed.release.headline), ...texts].map(squash), pdfLetters)).toEqual([]);
    } finally {
      await host.stop();
    }
  });

  it('close and reopen: all there', async () => {
    const workspace = await newWorkspace();
    let host: RunningHost = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      const [speakerA, speakerB] = [seed.people[1]!, seed.people[3]!];
      await addPerson(page, speakerA);
      await addPerson(page, speakerB);
      const title = 'Reopen check';
      const name = await createRelease(page, workspace, title);
      const headline = 'Winter gritting routes published';
      const paragraph = 'Gritters will treat **priority one** routes from 4pm, see [the map](https://example.org/map).';
      const alt = 'A gritter lorry spreading salt on a snowy road';
      await page.getByLabel('Headline', { exact: true }).fill(headline);
      const image = await addBlock(page, 'Add image', 'Image 1');
      await image.getByLabel('Picture file').setInputFiles(join(SEED_DIR, 'assets/news-newspaper.jpg'));
      await image.getByText(/^Using assets\//).waitFor();
      await image.getByLabel('Alt text').fill(alt);
      await (await addBlock(page, 'Add paragraph', 'Paragraph 1')).getByLabel('Text', { exact: true }).fill(paragraph);
      const quote = await addBlock(page, 'Add quote', 'Quote 1');
      for (const person of [speakerB, speakerA]) {
        await selectOptionContaining(quote.getByLabel('Add speaker'), person.name);
        await quote.getByRole('button', { name: 'Add', exact: true }).click();
      }
      await quote.getByLabel('Quote paragraph 1', { exact: true }).fill('We are ready for the winter.');
      const printedAs = await quote.locator('.attribution-preview strong').textContent();
      await waitForSavedProject(page, workspace, name, (project) => project?.release?.body?.[2]?.paragraphs?.[0] === 'We are ready for the winter.');

      await host.stop();
      host = await startHost(workspace);
      const reopened = await openApp(browser, host);
      await openProject(reopened, title);
      await expect(reopened.getByLabel('Headline', { exact: true }).inputValue()).resolves.toBe(headline);
      await expect(block(reopened, 'Paragraph 1').getByLabel('Text', { exact: true }).inputValue()).resolves.toBe(paragraph);
      await expect(block(reopened, 'Image 1').getByLabel('Alt text').inputValue()).resolves.toBe(alt);
      const speakers = block(reopened, 'Quote 1').getByRole('list', { name: 'Speakers' }).getByRole('listitem');
      await expect(speakers.allTextContents()).resolves.toEqual([
        expect.stringContaining(speakerB.name),
        expect.stringContaining(speakerA.name),
      ]);
      await expect(block(reopened, 'Quote 1').locator('.attribution-preview strong').textContent()).resolves.toBe(printedAs);
      // Opening changes nothing, so there is nothing to save.
      await expect(saveStatus(reopened).count()).resolves.toBe(0);
    } finally {
      await host.stop();
    }
  });

  it('keyboard-only reordering: Alt+Arrow keys and Move down, announced, saved and undoable', async () => {
    const workspace = await newWorkspace();
    const host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      const name = await createRelease(page, workspace, 'Reorder check');
      for (const [index, text] of ['Alpha paragraph.', 'Bravo paragraph.', 'Charlie paragraph.'].entries()) {
        await addBlock(page, 'Add paragraph', `Paragraph ${index + 1}`);
        // "Add paragraph" puts the cursor in the new paragraph's text: type there, with the keyboard.
        await expect.poll(() => focusedLabel(page)).toBe('Text');
        await page.keyboard.type(text);
      }
      const order = async (): Promise<string[]> => {
        const values: string[] = [];
        for (let index = 1; index <= 3; index += 1) values.push(await block(page, `Paragraph ${index}`).getByLabel('Text', { exact: true }).inputValue());
        return values;
      };
      const saved = async (): Promise<string[] | undefined> =>
        (await readProject(workspace, name))?.release?.body?.map((item) => item.text ?? '');
      const announcer = page.getByTestId('editor-announcer');
      await expect.poll(saved).toEqual(['Alpha paragraph.', 'Bravo paragraph.', 'Charlie paragraph.']);

      // Into paragraph 3's text from paragraph 2's, with Tab only (past the block's Move up, Move down, Remove, Bold, Italic, Link).
      await block(page, 'Paragraph 2').getByLabel('Text', { exact: true }).focus();
      for (let presses = 0; presses < 20 && (await focusedValue(page)) !== 'Charlie paragraph.'; presses += 1) await page.keyboard.press('Tab');
      await expect(focusedValue(page)).resolves.toBe('Charlie paragraph.');

      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(order).toEqual(['Alpha paragraph.', 'Charlie paragraph.', 'Bravo paragraph.']);
      await expect.poll(() => announcer.textContent()).toMatch(/^Moved paragraph 3 up to position 2\s?$/);
      // Focus followed the text, so the second press moves it again.
      await expect(focusedValue(page)).resolves.toBe('Charlie paragraph.');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(order).toEqual(['Charlie paragraph.', 'Alpha paragraph.', 'Bravo paragraph.']);
      await expect.poll(() => announcer.textContent()).toMatch(/^Moved paragraph 2 up to position 1\s?$/);
      await expect.poll(saved).toEqual(['Charlie paragraph.', 'Alpha paragraph.', 'Bravo paragraph.']);

      // "Move down" on the first paragraph, by keyboard: focus the button, press Enter.
      await block(page, 'Paragraph 1').getByRole('button', { name: 'Move down' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(order).toEqual(['Alpha paragraph.', 'Charlie paragraph.', 'Bravo paragraph.']);
      await expect.poll(() => announcer.textContent()).toMatch(/^Moved paragraph 1 down to position 2\s?$/);
      await expect.poll(saved).toEqual(['Alpha paragraph.', 'Charlie paragraph.', 'Bravo paragraph.']);

      // Undo, by keyboard on its button: back to C, A, B, on screen and on disk.
      await page.getByRole('button', { name: 'Undo' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(order).toEqual(['Charlie paragraph.', 'Alpha paragraph.', 'Bravo paragraph.']);
      await expect.poll(() => announcer.textContent()).toMatch(/^Undone\s?$/);
      await expect.poll(saved).toEqual(['Charlie paragraph.', 'Alpha paragraph.', 'Bravo paragraph.']);
      await expect.poll(() => saveStatus(page).textContent()).toBe('Saved');
    } finally {
      await host.stop();
    }
  });

  it('axe finds nothing serious with every kind of block, a problem in Checks, and an export result', async () => {
    const workspace = await newWorkspace();
    const host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      await addPerson(page, seed.people[3]!);
      await createRelease(page, workspace, 'Accessibility check');
      await (await addBlock(page, 'Add paragraph', 'Paragraph 1')).getByLabel('Text', { exact: true }).fill('Opening paragraph with a [link](https://example.org).');
      await (await addBlock(page, 'Add subheading', 'Subheading 1')).getByLabel('Text', { exact: true }).fill('What happens next');
      await (await addBlock(page, 'Add list', 'List 1')).getByLabel('Item 1', { exact: true }).fill('First point');
      const quote = await addBlock(page, 'Add quote', 'Quote 1');
      await selectOptionContaining(quote.getByLabel('Add speaker'), seed.people[3]!.name);
      await quote.getByRole('button', { name: 'Add', exact: true }).click();
      await quote.getByLabel('Quote paragraph 1', { exact: true }).fill('A fine day for the borders.');
      const image = await addBlock(page, 'Add image', 'Image 1');
      await image.getByLabel('Picture file').setInputFiles(join(SEED_DIR, 'assets/news-newspaper.jpg'));
      await image.getByText(/^Using assets\//).waitFor();
      // The picture has no alt text: Checks shows it as an error, and the draft is kept as a draft.
      const checks = page.getByRole('region', { name: 'Checks' });
      const missingAlt = checks.getByRole('button', { name: /Image 1\b.*alt text is missing/ });
      await missingAlt.waitFor();
      await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toMatch(/^Saved as a draft/);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // The check takes the user to the field that fixes it.
      await missingAlt.click();
      await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id)).toMatch(/-alt$/);

      await image.getByLabel('Alt text').fill('The word news over newspaper print');
      await missingAlt.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Export Word' }).click();
      await page.getByText(/^Saved .+\.docx$/).waitFor({ timeout: 60_000 });
      await expect(page.getByRole('button', { name: 'Show in folder' }).isVisible()).resolves.toBe(true);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await editorReady(page);
    } finally {
      await host.stop();
    }
  });
});

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The accessible label of the focused control (its <label>'s words), as far as the test needs it. */
const focusedLabel = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const scope = globalThis as unknown as { document: { activeElement: { labels?: { textContent: string | null }[] } | null } };
    return scope.document.activeElement?.labels?.[0]?.textContent ?? null;
  });

/** The value of the focused control (a textarea's text), or null. */
const focusedValue = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const scope = globalThis as unknown as { document: { activeElement: { value?: string } | null } };
    return scope.document.activeElement?.value ?? null;
  });
