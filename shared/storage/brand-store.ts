import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, lstat, mkdir, open, readdir, rename, rm, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Low, type Adapter } from 'lowdb';
import { PressdeskError, listMessage } from '../errors';
import { formatProblem, plainEnglishError, problemsFromZod, type Problem } from '../model';
import { BRAND_FILE, brandFiles, brandTitle, isBrandId, LibraryBrandSchema, type LibraryBrand } from '../brands/library-brand';
import { WorkspaceMissingError } from './errors';
import { describeDamage, readFileContents, serialiseProject } from './file-contents';
import { describeFsProblem, errorCode } from './fs-problem';
import { isFolder, readIfPresent } from './fs-read';
import { runExclusive } from './serial-queue';
import { slugify } from './slug';
import { writeFileDurably } from './write-file';

/*
 * The brand library: the workspace's own brands in `<workspace>/brands/<id>/brand.json`, each with its files (logo,
 * partner logos, fonts) beside it, and the built-in brands shipped in resources/brands/, which are read-only (saving
 * one makes a workspace copy under a new id). brand.json goes through lowdb with a durable adapter, as people.json does.
 */

export const BRANDS_DIR = 'brands';
/** The built-in brands; this file and the bundled main process and command line all sit two folders below the root. */
export const BUILT_IN_BRANDS_DIR = fileURLToPath(new URL('../../resources/brands/', import.meta.url));

export interface BrandStoreOptions {
  /** Where the built-in brands are (tests point elsewhere). Default BUILT_IN_BRANDS_DIR. */
  readonly builtInDir?: string;
}

export interface BrandRow {
  readonly id: string;
  /** What the library calls it: its title, else the organisation's name. */
  readonly name: string;
  /** The label printed above releases, "News release" when the brand sets none. */
  readonly label: string;
  readonly builtIn: boolean;
}

export interface StoredBrand {
  readonly id: string;
  readonly brand: LibraryBrand;
  readonly builtIn: boolean;
  /** The brand's folder, where its files are. */
  readonly dir: string;
}

/** A brand.json that cannot be used (damaged, or not a brand). It is left exactly as it is. */
export class BrandFileError extends PressdeskError {
  override readonly name = 'BrandFileError';
  constructor(
    readonly file: string,
    /** Completes "brand.json …", e.g. "is damaged (it is empty)". */
    readonly problem: string,
  ) {
    super(`The brand in ${path.dirname(file)}: ${BRAND_FILE} ${problem}. Pressdesk has not changed it; put back a copy from elsewhere, or delete the brand and make it again.`);
  }
}

/** No brand has this id (deleted in another window, or never made). */
export class BrandMissingError extends PressdeskError {
  override readonly name = 'BrandMissingError';
  constructor(readonly id: string) {
    super(`There is no brand "${id}" in the brand library; it may have been deleted. Choose a brand from the list again.`);
  }
}

/** A built-in brand was asked to change. */
export class BrandReadOnlyError extends PressdeskError {
  override readonly name = 'BrandReadOnlyError';
  constructor(
    readonly title: string,
    doing: string,
  ) {
    super(`"${title}" is a brand built into Pressdesk, so it cannot ${doing}. Save it as your own brand first, and change that.`);
  }
}

/** A brand that does not validate: nothing was saved. `problems` carry each field's path for the brand editor. */
export class BrandInvalidError extends PressdeskError {
  override readonly name = 'BrandInvalidError';
  constructor(
    /** The brand's name as typed, empty when it has none yet. */
    readonly title: string,
    readonly problems: readonly Problem[],
  ) {
    super(listMessage(title ? `The brand "${title}"` : 'This brand', ['problem', 'problems'], 'it being saved', problems.map(formatProblem)));
  }
}

/** A brand names a file that is not usable in its folder. */
export class BrandAssetError extends PressdeskError {
  override readonly name = 'BrandAssetError';
}

/** lowdb adapter for one brand.json: reads JSON (null when missing), writes whole or not at all. */
export class BrandFileAdapter implements Adapter<unknown> {
  readonly file: string;

  constructor(file: string) {
    this.file = path.resolve(file);
  }

  async read(): Promise<unknown> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readIfPresent(this.file);
    } catch (error) {
      throw new BrandFileError(this.file, `could not be read because ${describeFsProblem(error)}`);
    }
    if (bytes === undefined) return null;
    const contents = readFileContents(bytes);
    if (contents.kind === 'damaged') throw new BrandFileError(this.file, `is damaged (${describeDamage(contents.damage)})`);
    return contents.value;
  }

  async write(data: unknown): Promise<void> {
    await writeFileDurably(this.file, serialiseProject(data), { project: `The brand ${path.basename(path.dirname(this.file))}` });
  }
}

const builtInDir = (options: BrandStoreOptions): string => path.resolve(options.builtInDir ?? BUILT_IN_BRANDS_DIR);
const brandsDir = (workspace: string): string => path.join(workspace, BRANDS_DIR);

/** A brand folder in the workspace that is a link to a folder elsewhere: refused, as a linked project folder is. */
export class BrandLinkError extends PressdeskError {
  override readonly name = 'BrandLinkError';
  constructor(readonly dir: string) {
    super(`The brand folder ${path.basename(dir)} in ${path.dirname(dir)} is a link to a folder elsewhere, not a brand folder. Copy the brand itself into that folder to use it.`);
  }
}

/**
 * The brand.json of a folder, checked; undefined when there is none. A workspace brand folder that is a link
 * elsewhere (planted in a shared workspace, say) is refused before anything follows it: its files would otherwise
 * be read for the window and copied into projects from wherever it points.
 */
async function readBrandFolder(dir: string, inWorkspace: boolean): Promise<LibraryBrand | undefined> {
  if (inWorkspace && (await lstat(dir).catch(() => undefined))?.isSymbolicLink()) throw new BrandLinkError(dir);
  const file = path.join(dir, BRAND_FILE);
  const db = new Low<unknown>(new BrandFileAdapter(file), null);
  await db.read();
  if (db.data === null) return undefined;
  const parsed = LibraryBrandSchema.safeParse(db.data, { error: plainEnglishError });
  if (!parsed.success) {
    const lines = problemsFromZod(parsed.error, db.data).map(formatProblem);
    throw new BrandFileError(file, `is not a brand Pressdesk can use (${lines.join('; ')})`);
  }
  return parsed.data;
}

async function builtInIds(options: BrandStoreOptions): Promise<string[]> {
  const names = await readdir(builtInDir(options)).catch(() => []);
  return names.filter(isBrandId).sort((a, b) => (a === 'plain' ? -1 : b === 'plain' ? 1 : a.localeCompare(b)));
}

/** Every brand: the built-in ones first, then the workspace's by name. A brand that cannot be read is reported. */
export async function listBrands(workspace: string, options: BrandStoreOptions = {}): Promise<{ rows: BrandRow[]; problems: string[] }> {
  const rows: BrandRow[] = [];
  const problems: string[] = [];
  const builtIn = await builtInIds(options);
  for (const id of builtIn) {
    const brand = await readBrandFolder(path.join(builtInDir(options), id), false).catch(() => undefined);
    if (brand !== undefined) rows.push(row(id, brand, true));
  }
  const own: BrandRow[] = [];
  for (const id of (await readdir(brandsDir(workspace)).catch(() => [])).filter(isBrandId)) {
    if (builtIn.includes(id)) {
      problems.push(`The brand folder ${BRANDS_DIR}/${id} has the same name as a brand built into Pressdesk, so it is not listed; rename the folder.`);
      continue;
    }
    try {
      const brand = await readBrandFolder(path.join(brandsDir(workspace), id), true);
      if (brand !== undefined) own.push(row(id, brand, false));
    } catch (error) {
      if (!(error instanceof PressdeskError)) throw error;
      problems.push(error.message);
    }
  }
  own.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }));
  return { rows: [...rows, ...own], problems };
}

const row = (id: string, brand: LibraryBrand, builtIn: boolean): BrandRow => ({
  id,
  name: brandTitle(brand),
  label: brand.label?.trim() ? brand.label : 'News release',
  builtIn,
});

/** One brand by its id, built-in or the workspace's. */
export async function getBrand(workspace: string, id: string, options: BrandStoreOptions = {}): Promise<StoredBrand> {
  if (!isBrandId(id)) throw new BrandMissingError(id);
  const builtIn = (await builtInIds(options)).includes(id);
  const dir = builtIn ? path.join(builtInDir(options), id) : path.join(brandsDir(workspace), id);
  const brand = await readBrandFolder(dir, !builtIn);
  if (brand === undefined) throw new BrandMissingError(id);
  return { id, brand, builtIn, dir };
}

/**
 * Saves a brand and returns its id. Without an id, or with a built-in brand's id, it is a new brand of the workspace
 * (a built-in brand's files are copied into it); otherwise it replaces that workspace brand. Every file it names must
 * already be in its folder (brands:import-file puts them there).
 */
export async function saveBrand(workspace: string, id: string | undefined, brand: LibraryBrand, options: BrandStoreOptions = {}): Promise<string> {
  const parsed = LibraryBrandSchema.safeParse(brand, { error: plainEnglishError });
  if (!parsed.success) throw new BrandInvalidError(typeof brand.name === 'string' ? brand.name.trim() : '', problemsFromZod(parsed.error, brand));
  // A project's record of where its brand came from means nothing in the library.
  const checked = { ...parsed.data };
  delete checked.source;
  if (!(await isFolder(workspace))) throw new WorkspaceMissingError(workspace);

  const from = id === undefined ? undefined : await getBrand(workspace, id, options);
  if (from !== undefined && !from.builtIn) {
    await runExclusive(from.dir, async () => {
      if (!(await isFolder(from.dir))) throw new BrandMissingError(from.id);
      await checkFilesPresent(from.dir, checked);
      const db = new Low<unknown>(new BrandFileAdapter(path.join(from.dir, BRAND_FILE)), null);
      db.data = checked;
      await db.write();
    });
    return from.id;
  }

  if (from !== undefined) await checkFilesPresent(from.dir, checked);
  return createBrand(workspace, checked, from, options);
}

/**
 * Makes a new workspace brand: a copy of the brand `id` (built-in or the workspace's) with its files, titled
 * "<title> (copy)", and returns the new id. The original is not changed.
 */
export async function duplicateBrand(workspace: string, id: string, options: BrandStoreOptions = {}): Promise<string> {
  if (!(await isFolder(workspace))) throw new WorkspaceMissingError(workspace);
  const from = await getBrand(workspace, id, options);
  const copy: LibraryBrand = { ...from.brand, title: `${brandTitle(from.brand)} (copy)` };
  delete copy.source;
  await checkFilesPresent(from.dir, copy);
  return createBrand(workspace, copy, from, options);
}

/** A new brand folder holding `brand`, and `from`'s files when given; removed again if anything fails. */
async function createBrand(workspace: string, checked: LibraryBrand, from: StoredBrand | undefined, options: BrandStoreOptions): Promise<string> {
  const taken = await builtInIds(options);
  let dir: string;
  try {
    await mkdir(brandsDir(workspace), { recursive: true });
    dir = await makeBrandFolder(brandsDir(workspace), slugify(brandTitle(checked)) || 'brand', taken);
  } catch (error) {
    throw new PressdeskError(`The brand "${brandTitle(checked)}" could not be saved because ${describeFsProblem(error)}. Fix that and try again.`, { cause: error });
  }
  try {
    for (const { file } of brandFiles(checked)) if (from !== undefined) await copyFile(path.join(from.dir, file), path.join(dir, file));
    const db = new Low<unknown>(new BrandFileAdapter(path.join(dir, BRAND_FILE)), null);
    db.data = checked;
    await db.write();
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof PressdeskError) throw error;
    throw new PressdeskError(`The brand "${brandTitle(checked)}" could not be saved because ${describeFsProblem(error)}. Fix that and try again.`, { cause: error });
  }
  return path.basename(dir);
}

/** Where deleted brands wait for Undo: a hidden folder, so the list (which takes slugs only) never shows them. */
export const BRAND_BIN_DIR = '.bin';
/** A deleted brand's folder in the bin: `<id>--<time in ms>-<random>`. The contract repeats the pattern. */
const BIN_NAME = /^([a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?)--(\d{13})-[0-9a-f]{8}$/;
/** Deleted brands older than this are removed for good at the next delete. */
export const BRAND_BIN_DAYS = 30;

/**
 * Moves a workspace brand (folder and files) to the brands' bin and returns its name there, for restoreBrand (Undo).
 * Projects keep their own copies, so none of them changes. Deleting a brand that is already gone does nothing.
 */
export async function deleteBrand(workspace: string, id: string, options: BrandStoreOptions & { readonly now?: () => Date } = {}): Promise<string | undefined> {
  const stored = await getBrand(workspace, id, options).catch((error: unknown) => {
    if (error instanceof BrandMissingError) return undefined;
    throw error;
  });
  if (stored === undefined) return undefined;
  if (stored.builtIn) throw new BrandReadOnlyError(brandTitle(stored.brand), 'be deleted');
  const now = (options.now ?? (() => new Date()))().getTime();
  const bin = path.join(brandsDir(workspace), BRAND_BIN_DIR);
  const binName = `${id}--${String(now).padStart(13, '0')}-${randomBytes(4).toString('hex')}`;
  return runExclusive(stored.dir, async () => {
    try {
      await mkdir(bin, { recursive: true });
      // One rename: a delete cut short leaves the brand either listed or in the bin, never half of each.
      await rename(stored.dir, path.join(bin, binName));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return undefined;
      throw new PressdeskError(`The brand "${brandTitle(stored.brand)}" could not be deleted because ${describeFsProblem(error)}. Fix that and try again.`, { cause: error });
    }
    await emptyOldBin(bin, now);
    return binName;
  });
}

/** Removes deleted brands older than BRAND_BIN_DAYS. Never fails a delete: an old folder left behind is harmless. */
async function emptyOldBin(bin: string, now: number): Promise<void> {
  for (const name of await readdir(bin).catch(() => [])) {
    const match = BIN_NAME.exec(name);
    if (match && now - Number(match[2]) > BRAND_BIN_DAYS * 86_400_000) await rm(path.join(bin, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Puts a deleted brand back (Undo) under its old id, or `<id>-2`… when that has been taken since, and returns the id.
 */
export async function restoreBrand(workspace: string, binName: string, options: BrandStoreOptions = {}): Promise<string> {
  const match = BIN_NAME.exec(binName);
  const gone = new PressdeskError('That brand can no longer be put back: it was deleted more than 30 days ago, or its folder was moved. Make the brand again.');
  if (!match) throw gone;
  const from = path.join(brandsDir(workspace), BRAND_BIN_DIR, binName);
  const info = await lstat(from).catch(() => undefined);
  if (info === undefined || !info.isDirectory()) throw gone;
  const taken = await builtInIds(options);
  for (let attempt = 1; ; attempt++) {
    const id = attempt === 1 ? match[1]! : `${match[1]!.slice(0, 90)}-${attempt}`;
    if (taken.includes(id)) continue;
    const to = path.join(brandsDir(workspace), id);
    // mkdir is the test for "taken" (rename would replace an empty folder); the brand then replaces the empty one.
    try {
      await mkdir(to);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw new PressdeskError(`The brand could not be put back because ${describeFsProblem(error)}. Fix that and try again.`, { cause: error });
    }
    try {
      await rename(from, to);
    } catch (error) {
      await rm(to, { recursive: true, force: true }).catch(() => undefined);
      if (errorCode(error) === 'ENOENT') throw gone;
      throw new PressdeskError(`The brand could not be put back because ${describeFsProblem(error)}. Fix that and try again.`, { cause: error });
    }
    return id;
  }
}

/**
 * Writes a checked file into a workspace brand's folder as `<base>.<extension>`, or `<base>-2.<extension>`… when
 * taken, and returns the name it got. Never replaces a file: a brand saved earlier may still name it.
 */
export async function addBrandFile(workspace: string, id: string, base: string, extension: string, bytes: Uint8Array, options: BrandStoreOptions = {}): Promise<string> {
  const stored = await getBrand(workspace, id, options);
  if (stored.builtIn) throw new BrandReadOnlyError(brandTitle(stored.brand), 'have files added');
  for (let attempt = 1; ; attempt++) {
    const file = `${base}${attempt === 1 ? '' : `-${attempt}`}.${extension}`;
    try {
      await (await open(path.join(stored.dir, file), 'wx')).close();
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      throw new PressdeskError(`The file could not be added to the brand "${brandTitle(stored.brand)}" because ${describeFsProblem(error)}. Fix that and try again.`, { cause: error });
    }
    try {
      await writeFileDurably(path.join(stored.dir, file), bytes, { project: `The brand "${brandTitle(stored.brand)}"` });
    } catch (error) {
      await unlink(path.join(stored.dir, file)).catch(() => undefined);
      throw error;
    }
    return file;
  }
}

/**
 * The bytes of a file a brand names, refusing anything that is not a plain file in its folder (a symlink could lead
 * anywhere on the computer) or is larger than `maxBytes`, which is checked before reading.
 */
export async function readBrandFile(stored: StoredBrand, file: string, maxBytes: number): Promise<Uint8Array> {
  const title = brandTitle(stored.brand);
  const where = path.join(stored.dir, file);
  const refuse = (why: string, cause?: unknown) => new BrandAssetError(`The brand "${title}": the file "${file}" ${why}.`, { cause });
  let size: number;
  try {
    const info = await lstat(where);
    if (!info.isFile()) throw refuse('is not a plain file in the brand folder; add the file to the brand again');
    size = info.size;
  } catch (error) {
    if (error instanceof BrandAssetError) throw error;
    if (errorCode(error) === 'ENOENT') throw refuse('is missing from the brand folder; add it to the brand again');
    throw refuse(`could not be read because ${describeFsProblem(error)}`, error);
  }
  if (size > maxBytes) throw refuse(`is larger than the ${Math.round(maxBytes / 1_000_000)} MB Pressdesk accepts; add a smaller copy to the brand`);
  // Read from a handle that refuses a link (O_NOFOLLOW, where the system has it) and is checked again once open, so a
  // file swapped for a link, or grown, between the check above and the read sends nothing it should not.
  let handle: FileHandle | undefined;
  try {
    handle = await open(where, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
    const opened = await handle.stat();
    if (!opened.isFile()) throw refuse('is not a plain file in the brand folder; add the file to the brand again');
    if (opened.size > maxBytes) throw refuse(`is larger than the ${Math.round(maxBytes / 1_000_000)} MB Pressdesk accepts; add a smaller copy to the brand`);
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof BrandAssetError) throw error;
    if (errorCode(error) === 'ELOOP') throw refuse('is not a plain file in the brand folder; add the file to the brand again', error);
    throw refuse(`could not be read because ${describeFsProblem(error)}`, error);
  } finally {
    await handle?.close();
  }
}

async function checkFilesPresent(dir: string, brand: LibraryBrand): Promise<void> {
  for (const { file, role } of brandFiles(brand)) {
    const info = await lstat(path.join(dir, file)).catch(() => undefined);
    if (info === undefined || !info.isFile()) {
      const what = role === 'font' ? 'font' : role === 'logo' ? 'logo' : 'partner logo';
      throw new BrandAssetError(`The brand "${brandTitle(brand)}": the ${what} "${file}" is not in the brand's folder. Add the file to the brand again, then save.`);
    }
  }
}

/** Makes `<parent>/<base>`, or `<base>-2`…, skipping the built-in brands' ids; mkdir is the test for "taken". */
async function makeBrandFolder(parent: string, base: string, reserved: readonly string[]): Promise<string> {
  const stem = base.slice(0, 90);
  for (let attempt = 1; ; attempt++) {
    const id = attempt === 1 ? stem : `${stem}-${attempt}`;
    if (reserved.includes(id)) continue;
    try {
      await mkdir(path.join(parent, id));
      return path.join(parent, id);
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}
