import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { pictureFormat } from '../images';
import { brandChanges } from '../brands/brand-diff';
import { checkFont } from '../brands/font-check';
import { MAX_BRAND_FILE_BYTES, brandFiles, brandTitle, renameBrandFiles, type BrandFileRole, type LibraryBrand } from '../brands/library-brand';
import { svgProblems } from '../brands/svg-check';
import { PressdeskError } from '../errors';
import { brandFileMediaType } from '../ipc';
import { BrandSchema, PLAIN_BRAND, type Brand } from '../model';
import {
  addBrandFile,
  ASSETS_DIR,
  deleteBrand,
  duplicateBrand,
  restoreBrand,
  getBrand,
  listBrands,
  openProject,
  readAsset,
  readBrandFile,
  readDraft,
  saveBrand,
  saveProject,
  slugify,
  writeDraft,
  writeFileDurably,
} from '../storage';
import type { Handlers } from './dispatch';
import type { HostContext } from './context';

/** Where a project keeps its copy of its brand's files. */
const PROJECT_BRAND_DIR = `${ASSETS_DIR}/brand`;

const megabytes = (bytes: number): string => `${Math.ceil(bytes / 100_000) / 10} MB`;

/** A file offered to a brand that Pressdesk will not use. Nothing was added, and nothing embedded from it. */
export class BrandImportError extends PressdeskError {
  override readonly name = 'BrandImportError';
}

type BrandHandlers = Pick<
  Handlers,
  'brands:list' | 'brands:get' | 'brands:save' | 'brands:duplicate' | 'brands:delete' | 'brands:restore' | 'brands:file' | 'brands:import-file' | 'project:apply-brand'
>;

export function brandsHandlers(context: HostContext): BrandHandlers {
  return {
    async 'brands:list'() {
      return listBrands(await context.workspace());
    },
    async 'brands:get'({ id }) {
      const { brand, builtIn } = await getBrand(await context.workspace(), id);
      return { brand, builtIn };
    },
    async 'brands:save'({ id, brand }) {
      // The contract checks only the top of the brand; saveBrand checks it whole and says what to fix.
      return { id: await saveBrand(await context.workspace(), id, brand as LibraryBrand) };
    },
    async 'brands:duplicate'({ id }) {
      return { id: await duplicateBrand(await context.workspace(), id) };
    },
    async 'brands:delete'({ id }) {
      const binName = await deleteBrand(await context.workspace(), id, { now: () => context.now() });
      return { ok: true as const, ...(binName === undefined ? {} : { binName }) };
    },
    async 'brands:restore'({ binName }) {
      return { id: await restoreBrand(await context.workspace(), binName) };
    },
    async 'brands:file'({ id, file }) {
      // Any logo or font in the folder, named or not yet: the editor shows a file as soon as it is imported, before
      // the brand that names it is saved. readBrandFile refuses links and anything that is not a plain file.
      const stored = await getBrand(await context.workspace(), id);
      const bytes = await readBrandFile(stored, file, MAX_BRAND_FILE_BYTES);
      return { mediaType: brandFileMediaType(file)!, base64: Buffer.from(bytes).toString('base64') };
    },

    async 'brands:import-file'({ id, role, fileName, base64 }) {
      const workspace = await context.workspace();
      const { brand } = await getBrand(workspace, id);
      const title = brandTitle(brand);
      // Refused before decoding: base64 is a third longer than the bytes it holds.
      if (Math.floor((base64.length * 3) / 4) > MAX_BRAND_FILE_BYTES + 3) {
        throw new BrandImportError(`"${fileName}" was not added to the brand "${title}", because it is more than the ${megabytes(MAX_BRAND_FILE_BYTES)} Pressdesk accepts. ${TOO_LARGE[role]}`);
      }
      const bytes = Buffer.from(base64, 'base64');
      const extension = await checkBrandFile(role, bytes, (why) => new BrandImportError(`"${fileName}" was not added to the brand "${title}", because it ${why}`));
      const base = slugify(fileName.replace(/\.[^.]*$/, '')) || (role === 'font' ? 'font' : 'logo');
      return { path: await addBrandFile(workspace, id, base, extension, bytes) };
    },

    'project:apply-brand'({ name, brandId }) {
      // The project's lane: no save of the editor's runs in between reading the project and writing it back.
      return context.lanes.run(name, async () => applyBrand(context, name, brandId));
    },
  };
}

const TOO_LARGE: Readonly<Record<BrandFileRole, string>> = {
  logo: 'Save a smaller copy of the logo (an SVG, or a PNG about 1000 pixels wide) and add that instead.',
  'partner-logo': 'Save a smaller copy of the logo (an SVG, or a PNG about 1000 pixels wide) and add that instead.',
  font: 'Add the TTF or OTF file of the one style you want.',
};

/**
 * Checks a file for a brand and returns the extension it is saved with (what it really is, whatever its name says).
 * Logos: PNG or JPEG that sharp reads in time, or an SVG with nothing that runs or reaches outside it. Fonts: see
 * font-check.ts. `refuse` builds the error from a reason completing "it …".
 */
async function checkBrandFile(role: BrandFileRole, bytes: Uint8Array, refuse: (why: string) => Error): Promise<string> {
  if (bytes.byteLength > MAX_BRAND_FILE_BYTES) {
    throw refuse(`is ${megabytes(bytes.byteLength)}, more than the ${megabytes(MAX_BRAND_FILE_BYTES)} Pressdesk accepts. ${TOO_LARGE[role]}`);
  }
  if (role === 'font') {
    const font = checkFont(bytes);
    if (!font.ok) throw refuse(`${font.reason}.${font.reason.startsWith('lacks') ? ' Choose a font that has them, or use one of the bundled fonts.' : ''}`);
    return String.fromCharCode(...bytes.subarray(0, 4)) === 'OTTO' ? 'otf' : 'ttf';
  }
  const kind = logoKind(bytes);
  if (kind === undefined) throw refuse('is not a logo Pressdesk can use. Logos that work are PNG, JPEG or SVG files.');
  if (kind === 'svg') {
    const problems = svgProblems(bytes);
    if (problems.length > 0) {
      throw refuse(`${joinReasons(problems)}. Save the logo again from your design program as a plain SVG (or as a PNG) and add that.`);
    }
  }
  const format = await pictureFormat(bytes);
  if (format !== kind) throw refuse(`could not be read as a ${kind.toUpperCase()} picture (it may be damaged). Save the logo again and add that.`);
  return kind === 'jpeg' ? 'jpg' : kind;
}

/** What a logo file is by its first bytes: PNG, JPEG, something that opens like XML (an SVG or nothing), or other. */
function logoKind(bytes: Uint8Array): 'png' | 'jpeg' | 'svg' | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  // UTF-16 byte-order marks go to svg-check too, which says to save as UTF-8.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'svg';
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') ? 'svg' : undefined;
}

const joinReasons = (reasons: readonly string[]): string =>
  reasons.length === 1 ? reasons[0]! : `${reasons.slice(0, -1).join('; ')}; and ${reasons[reasons.length - 1]}`;


const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Copies the library's brand into the project: its files into assets/brand/ under names that carry their contents'
 * hash (so a file is never replaced by a different one while project.json still names it, and an update that
 * changes nothing writes nothing), then the snapshot into the project, then removes the files the old snapshot named
 * that nothing names any more. Says what changed, first line which brand it is when it is another one.
 */
async function applyBrand(context: HostContext, name: string, brandId: string): Promise<{ changes: string[]; savedTo: 'project' | 'draft' }> {
  const dir = await context.projectDir(name);
  const stored = await getBrand(await context.workspace(), brandId);
  const title = brandTitle(stored.brand);

  const copies = new Map<string, { readonly target: string; readonly bytes: Uint8Array; readonly hash: string }>();
  for (const { file, role } of brandFiles(stored.brand)) {
    const bytes = await readBrandFile(stored, file, MAX_BRAND_FILE_BYTES);
    // Checked again: a file put in the brand's folder by hand never went through brands:import-file.
    await checkBrandFile(role, bytes, (why) => new BrandImportError(`${name}: the brand "${title}" was not applied, because its file "${file}" ${why}`));
    const hash = sha256(bytes);
    const dot = file.lastIndexOf('.');
    const stem = slugify(dot > 0 ? file.slice(0, dot) : file) || 'file';
    copies.set(file, { target: `${PROJECT_BRAND_DIR}/${stem}-${hash.slice(0, 8)}${dot > 0 ? file.slice(dot).toLowerCase() : ''}`, bytes, hash });
  }
  // The library's own title, and where an earlier copy came from, are not the project's.
  const library = { ...stored.brand };
  delete library.title;
  delete library.source;
  const snapshot: Brand = BrandSchema.parse({
    ...renameBrandFiles(library, (file) => copies.get(file)!.target),
    source: { id: brandId, appliedAt: context.now().toISOString() },
  });

  // The editor's newer unsaved changes, when there are any, are what the user sees: the brand goes into those.
  const opened = await openProject(dir, { now: () => context.now() });
  const draft = await readDraft(dir);
  const savedAt = Date.parse(String(opened.project.updatedAt));
  const draftValue = draft?.ok && typeof draft.value === 'object' && draft.value !== null && !(draft.writtenAt <= savedAt) ? (draft.value as Record<string, unknown>) : undefined;
  const current = draftValue === undefined ? opened.project.brand : BrandSchema.safeParse(draftValue.brand).data;
  const before = current ?? PLAIN_BRAND;

  const beforeKeys = new Map<string, string>();
  for (const { file } of brandFiles(before)) {
    beforeKeys.set(file, await readAsset(dir, file, 'file').then(sha256, () => `unreadable ${file}`));
  }
  const afterKeys = new Map([...copies.values()].map((copy) => [copy.target, copy.hash]));
  const changes = brandChanges(before, snapshot, { fileKey: (side, file) => (side === 'before' ? beforeKeys : afterKeys).get(file) ?? file });
  const savedTo = draftValue === undefined ? ('project' as const) : ('draft' as const);
  if (current?.source?.id !== brandId) changes.unshift(current?.source === undefined ? `Brand “${title}” applied` : `Brand changed to “${title}”`);
  if (changes.length === 0) return { changes, savedTo };

  for (const copy of copies.values()) {
    const existing = await readAsset(dir, copy.target, 'file').catch(() => undefined);
    if (existing === undefined || sha256(existing) !== copy.hash) await writeFileDurably(path.join(dir, copy.target), copy.bytes, { project: name });
  }
  const now = context.now();
  let rest: unknown;
  if (draftValue === undefined) {
    const saved = await saveProject(dir, { ...opened.project, brand: snapshot }, { now: () => now });
    rest = { ...saved, brand: undefined };
  } else {
    // The draft beside project.json is this project's (writeDraft checks ids): it keeps the project's id.
    await writeDraft(dir, { ...draftValue, id: opened.project.id, brand: snapshot }, now.toISOString());
    rest = [{ ...opened.project, brand: undefined }, { ...draftValue, brand: undefined }];
  }
  await removeUnused(dir, before, snapshot, JSON.stringify(rest));
  return { changes, savedTo };
}

/**
 * Removes the files of the old brand snapshot in assets/brand/ that the new one does not name, unless something else
 * in the project (a picture in the release, the other of project.json and its draft) still does. Never fails the
 * apply: a file left behind is untidy, not harmful.
 */
async function removeUnused(dir: string, before: Brand, after: Brand, elsewhere: string): Promise<void> {
  const kept = new Set(brandFiles(after).map(({ file }) => file));
  for (const { file } of brandFiles(before)) {
    if (!file.startsWith(`${PROJECT_BRAND_DIR}/`) || kept.has(file) || elsewhere.includes(JSON.stringify(file))) continue;
    await unlink(path.join(dir, file)).catch(() => undefined);
  }
}
