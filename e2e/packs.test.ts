import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfToText, readDocx } from '../shared/testing/readers';
import { CHROMIUM, NO_CHROMIUM, launchBrowser, newWorkspace, openApp, seriousAxeViolations, startHost, type RunningHost } from './harness';
import { addPerson, editorReady, missingInOrder, plainWords, projectFile, saveStatus, selectOptionContaining } from './editor-steps';

/*
 * The briefing pack editor in Chromium against the web host: a pack built through its labelled controls (key
 * messages, 22 questions typed and reordered from the keyboard, a timeline, contacts from the people directory, a
 * release included from a copy of the joint-inspection example), the "changed since" notice after that release's
 * project changes, and the exports read back with pdftotext and python-docx.
 */

const ROOT = resolve(import.meta.dirname, '..');
const JOINT = join(ROOT, 'examples/joint-inspection-2023');
const JOINT_TITLE = 'Joint inspection of children at risk of harm, May 2023';
const PACK_TITLE = 'Inspection findings: members’ briefing';
const MARKING = 'OFFICIAL-SENSITIVE';

/** Until the pack compose/export work lands, export:run refuses packs with this sentence (shared/export). */
const PACK_EXPORT_PENDING = readFileSync(join(ROOT, 'shared/export/export-project.ts'), 'utf8').includes('briefing packs cannot be exported yet');

interface SavedPack {
  readonly title: string;
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly pack: {
    readonly title: string;
    readonly audience?: string;
    readonly classification: string | null;
    readonly sections: readonly {
      readonly type: string;
      readonly title: string;
      readonly items?: readonly (string | { q?: string; a?: string; when?: string; what?: string; who?: string })[];
      readonly people?: readonly string[];
      readonly body?: readonly { type: string; text?: string }[];
      readonly release?: { readonly headline: string };
      readonly source?: { readonly name: string; readonly hash: string; readonly copiedAt: string };
    }[];
  };
}

const readPack = async (workspace: string, name: string): Promise<SavedPack | undefined> => {
  try {
    return JSON.parse(await readFile(projectFile(workspace, name), 'utf8')) as SavedPack;
  } catch {
    return undefined;
  }
};

const QUESTIONS = Array.from({ length: 22 }, (_, index) => ({
  q: `Question ${index + 1}: what does finding ${index + 1} mean for families?`,
  a: `Line ${index + 1}: the partnership has a plan for finding ${index + 1}.`,
}));
const MESSAGES = ['Children in the Borders are safer than in 2019.', 'The partnership acted on every earlier recommendation.', 'There is more to do on **early help**.'];
const TIMELINE = [
  { when: 'Monday 09:00', what: 'Members briefed', who: 'Chief Executive' },
  { when: 'Tuesday 00:01', what: 'Report published; release issued', who: 'Press office' },
  { when: 'Tuesday 10:00', what: 'Broadcast interviews', who: 'Cllr Jane Smith' },
  { when: 'Wednesday', what: 'Staff message', who: '' },
];
const CONTACT = { name: 'Jane Smith', honorific: 'Councillor', role: 'Leader of the Council', phone: '01234 567890', email: 'leader@borders.gov.uk' };

const section = (page: Page, label: string): Locator => page.getByRole('group', { name: label, exact: true });
const announcer = (page: Page): Locator => page.getByTestId('editor-announcer');
const focusedId = (page: Page): Promise<string> => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');
const packReady = (page: Page): Promise<void> => page.getByRole('heading', { level: 2, name: 'Pack details' }).waitFor();

/** Opens a project from the project browser by its title (a pack or a release). */
async function openFromList(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'All projects' }).click();
  await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function waitForSaved(page: Page, workspace: string, name: string, check: (pack: SavedPack) => boolean): Promise<SavedPack> {
  await expect.poll(async () => {
    const saved = await readPack(workspace, name);
    return saved !== undefined && check(saved);
  }, { timeout: 20_000 }).toBe(true);
  await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toBe('Saved');
  return (await readPack(workspace, name))!;
}

describe.skipIf(!CHROMIUM)(`briefing pack editor (${CHROMIUM ? 'Chromium' : NO_CHROMIUM})`, () => {
  let browser: Browser;
  let workspace: string;
  let packName: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    workspace = await newWorkspace();
    await cp(JOINT, join(workspace, 'joint-inspection'), { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a pack through the UI: 22 questions reordered from the keyboard, messages, timeline, contacts, an included release that changes', async () => {
    const host: RunningHost = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      await addPerson(page, CONTACT);

      // New briefing pack, beside New release.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects' }).click();
      await page.getByRole('button', { name: 'New briefing pack' }).click();
      const dialog = page.getByRole('dialog', { name: 'New briefing pack' });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await dialog.getByLabel('Title').fill(PACK_TITLE);
      await dialog.getByLabel('Classification').selectOption(MARKING);
      await dialog.getByLabel('No sections').check();
      await dialog.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('heading', { level: 1, name: PACK_TITLE }).waitFor();
      await packReady(page);
      packName = (await readdir(workspace)).find((entry) => entry.startsWith('inspection-findings'))!;
      expect(packName).toBeDefined();
      await expect(page.getByLabel('Classification', { exact: true }).inputValue()).resolves.toBe(MARKING);
      await page.getByLabel('Audience').fill('Elected members');

      // Key messages.
      await page.getByRole('button', { name: 'Add key messages' }).click();
      const messages = section(page, 'Section 1: Key messages');
      for (const [index, text] of MESSAGES.entries()) {
        await messages.getByRole('button', { name: 'Add key message' }).click();
        await messages.getByLabel(`Message ${index + 1}`, { exact: true }).fill(text);
      }

      // Questions and answers: each added with Enter on "Add question", the question typed where the cursor lands.
      await page.getByRole('button', { name: 'Add questions and answers' }).click();
      const qa = section(page, 'Section 2: Questions and answers');
      await qa.getByLabel('Section title').fill('Reactive questions and lines to take');
      const addQuestion = qa.getByRole('button', { name: 'Add question' });
      for (const [index, item] of QUESTIONS.entries()) {
        await addQuestion.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => focusedId(page)).toBe(`field-pack-sections-1-items-${index}-q`);
        await page.keyboard.type(item.q);
        await qa.getByRole('group', { name: `Question ${index + 1}`, exact: true }).getByLabel('Line to take').fill(item.a);
      }
      const questionText = (n: number) => qa.getByRole('group', { name: `Question ${n}`, exact: true }).getByLabel('Question', { exact: true }).inputValue();

      // Question 20 moved up twice with Alt+ArrowUp: focus follows it, each move announced.
      await qa.getByRole('group', { name: 'Question 20', exact: true }).getByLabel('Question', { exact: true }).focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => announcer(page).textContent()).toMatch(/^Moved question 20 up to position 19\s?$/);
      await expect.poll(() => focusedId(page)).toBe('field-pack-sections-1-items-18-q');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => announcer(page).textContent()).toMatch(/^Moved question 19 up to position 18\s?$/);
      await expect(questionText(18)).resolves.toBe(QUESTIONS[19]!.q);
      // Question 1 moved down once, from its Line to take.
      await qa.getByRole('group', { name: 'Question 1', exact: true }).getByLabel('Line to take').focus();
      await page.keyboard.press('Alt+ArrowDown');
      await expect.poll(() => focusedId(page)).toBe('field-pack-sections-1-items-1-a');
      await expect(questionText(2)).resolves.toBe(QUESTIONS[0]!.q);
      // Remove the last question, then Undo brings it back.
      await qa.getByRole('group', { name: 'Question 22', exact: true }).getByRole('button', { name: /^Remove/ }).click();
      await expect.poll(() => announcer(page).textContent()).toMatch(/^Removed question 22\. Undo \(Ctrl\+Z\) brings it back\.\s?$/);
      await expect(qa.getByRole('group', { name: 'Question 22', exact: true }).count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Undo', exact: true }).click();
      await qa.getByRole('group', { name: 'Question 22', exact: true }).waitFor();

      const expectedQuestions = [...QUESTIONS];
      const [twenty] = expectedQuestions.splice(19, 1);
      expectedQuestions.splice(17, 0, twenty!);
      const [first] = expectedQuestions.splice(0, 1);
      expectedQuestions.splice(1, 0, first!);

      // Timeline.
      await page.getByRole('button', { name: 'Add timeline' }).click();
      const timeline = section(page, 'Section 3: Timeline');
      for (const [index, row] of TIMELINE.entries()) {
        await timeline.getByRole('button', { name: 'Add row' }).click();
        const group = timeline.getByRole('group', { name: `Row ${index + 1}`, exact: true });
        await group.getByLabel('When').fill(row.when);
        await group.getByLabel('What').fill(row.what);
        if (row.who) await group.getByLabel('Who').fill(row.who);
      }

      // Contacts, from the people directory.
      await page.getByRole('button', { name: 'Add contacts' }).click();
      const contacts = section(page, 'Section 4: Contacts');
      await selectOptionContaining(contacts.getByLabel('Add contact'), CONTACT.name);
      await contacts.getByRole('button', { name: 'Add to the contacts' }).click();
      await contacts.getByRole('listitem').filter({ hasText: CONTACT.name }).waitFor();

      // A text section with a paragraph, so every kind of section is on screen for axe.
      await page.getByRole('button', { name: 'Add text section' }).click();
      const text = section(page, 'Section 5: Text');
      await text.getByRole('button', { name: 'Add paragraph' }).click();
      await text.getByLabel('Text', { exact: true }).fill('Inspectors found that children are safer and better supported.');

      // Include the release from the copy of the joint inspection example.
      await page.getByRole('button', { name: 'Include release…' }).click();
      const include = page.getByRole('dialog', { name: 'Include release' });
      await include.getByRole('radio', { name: new RegExp(JOINT_TITLE) }).check();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await include.getByRole('button', { name: 'Include' }).click();
      await include.waitFor({ state: 'detached' });
      const release = section(page, 'Section 6: Press release');
      await release.getByText(/^Copied from “Joint inspection/).waitFor();

      // Section moved from the keyboard: the timeline up above the questions, from its title field.
      await timeline.getByLabel('Section title').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => announcer(page).textContent()).toMatch(/^Moved section “Handling plan” up to position 2\s?$/);
      await expect.poll(() => focusedId(page)).toBe('field-pack-sections-1-title');

      // A problem in the checks panel names its section, row and field, and takes the user there.
      const when4 = section(page, 'Section 2: Timeline').getByRole('group', { name: 'Row 4', exact: true }).getByLabel('When');
      await when4.fill('');
      const problem = page.getByRole('button', { name: /Section 2: Timeline, Row 4, When: .*missing|empty/ });
      await problem.waitFor();
      await problem.click();
      await expect.poll(() => focusedId(page)).toBe('field-pack-sections-1-items-3-when');
      await page.keyboard.type(TIMELINE[3]!.when);
      await expect.poll(() => problem.count()).toBe(0);

      const saved = await waitForSaved(page, workspace, packName, (pack) => pack.pack.sections.length === 6 && (pack.pack.sections[2]?.items?.length ?? 0) === 22 && pack.pack.audience === 'Elected members');
      expect(saved.title).toBe(PACK_TITLE);
      expect(saved.pack).toMatchObject({ title: PACK_TITLE, classification: MARKING });
      expect(saved.pack.sections.map((item) => item.type)).toEqual(['messages', 'timeline', 'qa', 'contacts', 'text', 'release']);
      expect(saved.pack.sections[0]!.items).toEqual(MESSAGES);
      expect(saved.pack.sections[1]!.items).toEqual(TIMELINE.map((row) => (row.who ? row : { ...row, who: '' })));
      expect(saved.pack.sections[2]!.items).toEqual(expectedQuestions);
      const contactId = saved.people.find((person) => person.name === CONTACT.name)?.id;
      expect(saved.pack.sections[3]!.people).toEqual([contactId]);
      const included = saved.pack.sections[5]!;
      expect(included.release?.headline).toBe('Joint Inspection of Children at Risk of Harm, Scottish Borders Partnership');
      expect(included.source).toMatchObject({ name: 'joint-inspection', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(existsSync(join(workspace, packName, 'assets/included/joint-inspection/news-newspaper.jpg'))).toBe(true);
      await expect(page.getByRole('heading', { level: 2, name: 'Checks' }).locator('..').getByText('No problems found.').count()).resolves.toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The release's project changes: the pack says so and offers to update.
      await openFromList(page, JOINT_TITLE);
      await editorReady(page);
      await page.getByLabel('Headline', { exact: true }).fill('Joint inspection finds children safer in the Borders');
      await expect.poll(async () => JSON.parse(await readFile(join(workspace, 'joint-inspection/project.json'), 'utf8')).release.headline, { timeout: 15_000 }).toBe(
        'Joint inspection finds children safer in the Borders',
      );
      await openFromList(page, PACK_TITLE);
      await packReady(page);
      const changed = section(page, 'Section 6: Press release');
      await changed.getByText(/^Changed since it was copied:/).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await changed.getByRole('button', { name: `Update from ${JOINT_TITLE}` }).click();
      await expect.poll(() => changed.getByText(/^Changed since it was copied:/).count()).toBe(0);
      const updated = await waitForSaved(page, workspace, packName, (pack) => pack.pack.sections[5]?.release?.headline === 'Joint inspection finds children safer in the Borders');
      expect(updated.pack.sections[5]!.source!.hash).not.toBe(included.source!.hash);
    } finally {
      await host.stop();
    }
  }, 180_000);

  // Skipped only while shared/export still refuses packs ("briefing packs cannot be exported yet"): the pack export
  // (compose, DOCX, PDF) is being built separately. Nothing here is weakened for it.
  it.skipIf(PACK_EXPORT_PENDING)('exports the pack: PDF and Word carry the marking and the questions in order', async () => {
    expect(packName, 'the build test above made the pack').toBeDefined();
    const host = await startHost(workspace);
    try {
      const page = await openApp(browser, host);
      await page.getByRole('button', { name: PACK_TITLE, exact: true }).click();
      await packReady(page);
      await page.getByRole('button', { name: 'Export Word' }).click();
      await page.getByText(/^Saved .+\.docx$/).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Export PDF' }).click();
      await page.getByText(/^Saved .+\.pdf$/).waitFor({ timeout: 60_000 });
      const exportsDir = join(workspace, packName, 'exports');
      const files = await readdir(exportsDir);
      const pdf = files.find((file) => file.endsWith('.pdf'));
      const docx = files.find((file) => file.endsWith('.docx'));
      expect(pdf).toBeDefined();
      expect(docx).toBeDefined();

      const saved = (await readPack(workspace, packName))!;
      const questions = saved.pack.sections.find((item) => item.type === 'qa')!.items as { q: string; a: string }[];
      const squash = (words: string): string => words.replace(/ /g, '');
      const pdfText = await pdfToText(join(exportsDir, pdf!));
      expect(pdfText).toContain(MARKING);
      expect(missingInOrder(questions.flatMap((item) => [item.q, item.a]).map((words) => squash(plainWords(words))), squash(plainWords(pdfText)))).toEqual([]);

      const word = await readDocx(join(exportsDir, docx!));
      const wordText = word.paragraphs.map((paragraph) => paragraph.text).join('\n');
      expect(missingInOrder(questions.map((item) => plainWords(item.q)), plainWords(wordText))).toEqual([]);
    } finally {
      await host.stop();
    }
  });
});
