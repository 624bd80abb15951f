import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright';
import { expect } from 'vitest';

/*
 * Steps the editor tests share: what a person does on screen (add someone in People, create a release, add a block),
 * found by role and label only, plus a few readers of what the app wrote to the workspace.
 */

export interface PersonDetails {
  readonly name: string;
  readonly honorific?: string;
  readonly role?: string;
  readonly organisation?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** Adds someone through the People screen's "Add person" dialog, and waits for them in the table. */
export async function addPerson(page: Page, person: PersonDetails): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'People' }).click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(person.name);
  if (person.honorific) await dialog.getByLabel('Honorific').fill(person.honorific);
  if (person.role) await dialog.getByLabel('Role').fill(person.role);
  if (person.organisation) await dialog.getByLabel('Organisation').fill(person.organisation);
  if (person.email) await dialog.getByLabel('Email').fill(person.email);
  if (person.phone) await dialog.getByLabel('Phone').fill(person.phone);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: person.name }).first().waitFor();
}

/** "New release" from the project browser; resolves with the project's folder name once the editor shows it. */
export async function createRelease(page: Page, workspace: string, title: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Projects' }).click();
  await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
  const before = new Set(await readdir(workspace));
  await page.getByRole('button', { name: 'New release' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await editorReady(page);
  const created = (await readdir(workspace)).filter((name) => !before.has(name) && name !== 'people.json' && name !== 'bin');
  expect(created).toHaveLength(1);
  return created[0]!;
}

/** Opens a project from the project browser by its title, and waits for the editor's fields. */
export async function openProject(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
  await page.getByRole('row', { name: new RegExp(escapeRegExp(title)) }).getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await editorReady(page);
}

export const editorReady = (page: Page): Promise<void> => page.getByLabel('Headline', { exact: true }).waitFor();

/** The save-state words ("Saving…", "Saved", "Saved as a draft…", "Not saved…"): the status region by the history buttons. */
export const saveStatus = (page: Page): Locator => page.getByRole('status').filter({ hasText: /^(Saving…|Saved|Not saved)/ });

/** A story block: the group its legend names ("Paragraph 2", "Quote 1"). */
export const block = (page: Page, label: string): Locator => page.getByRole('group', { name: label, exact: true });

/** Clicks "Add …" under the story and waits for the new block's group. */
export async function addBlock(page: Page, button: string, label: string): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const added = block(page, label);
  await added.waitFor();
  return added;
}

/** The option of a select whose words contain `text`, picked by its value (the option's words are the app's to choose). */
export async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text });
  await expect(option.count()).resolves.toBe(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

export const projectFile = (workspace: string, name: string): string => join(workspace, name, 'project.json');
export const draftFile = (workspace: string, name: string): string => join(workspace, name, 'project.draft.json');

/** The parts of project.json the tests read (docs/project-format.md has the rest). */
export interface SavedBlock {
  readonly type: string;
  readonly text?: string;
  readonly items?: readonly string[];
  readonly speakers?: readonly string[];
  readonly paragraphs?: readonly string[];
  readonly approval?: { readonly by: string; readonly on: string } | null;
  readonly src?: string;
  readonly alt?: string;
}

export interface SavedProject {
  readonly title: string;
  readonly status: string;
  readonly people: readonly { readonly id: string; readonly name: string }[];
  readonly release: {
    readonly headline: string;
    readonly date: string;
    readonly body: readonly SavedBlock[];
    readonly notes: readonly string[];
    readonly notesHeading?: string;
    readonly contacts: readonly Record<string, string>[];
  };
}

/** project.json as the app last wrote it (undefined while it cannot be read or parsed, e.g. mid-write). */
export async function readProject(workspace: string, name: string): Promise<SavedProject | undefined> {
  try {
    return JSON.parse(await readFile(projectFile(workspace, name), 'utf8')) as SavedProject;
  } catch {
    return undefined;
  }
}

/**
 * Waits until project.json satisfies `check` and the status region says "Saved": the file is the proof, the words
 * tell us no newer save is pending. Returns the project as written.
 */
export async function waitForSavedProject(
  page: Page,
  workspace: string,
  name: string,
  check: (project: SavedProject | undefined) => boolean,
): Promise<SavedProject> {
  await expect.poll(async () => check(await readProject(workspace, name)), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => saveStatus(page).textContent(), { timeout: 15_000 }).toBe('Saved');
  const saved = await readProject(workspace, name);
  if (saved === undefined) throw new Error(`${name}/project.json could not be read back`);
  return saved;
}

/** The words of inline text as a reader sees them: Markdown link, bold and italic syntax reduced to the words. */
export function plainWords(text: string): string {
  const words = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_]/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).join(' ');
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each of `expected` (plain words) is found in order in `haystack` (also plain words, e.g. a PDF's text):
 * returns the texts not found after the previous one, so a failure names them.
 */
export function missingInOrder(expected: readonly string[], haystack: string): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const text of expected) {
    const at = haystack.indexOf(text, from);
    if (at < 0) missing.push(text);
    else from = at + text.length;
  }
  return missing;
}
