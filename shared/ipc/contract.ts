import { z } from 'zod';
import { PersonSchema, PROJECT_FORMAT, STATUSES } from '../model';
import { MAX_CHANGE_DEPTH, MAX_CHANGES } from './json-changes';

/*
 * The IPC contract: every channel the renderer may call, as `domain:verb`, with zod schemas for what goes in and
 * what comes out. One object, read by three parties: Electron's main process and the web host parse every payload
 * with it (shared/app-host/dispatch.ts), and the renderer's client is typed from it. Add a channel here first.
 *
 * Projects are named by their folder name inside the workspace (never a path): the host resolves names itself, so
 * the renderer cannot reach a folder outside the workspace however it is fooled.
 */

/** A project folder's name inside the workspace: one path segment, nothing that climbs or hides. */
export const ProjectName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\:\0]/.test(name) && name !== '.' && name !== '..' && !name.startsWith('.'), {
    message: 'is not a project folder name',
  });

/** A file written by an export, named by its place: the host maps it back to a path it checks. */
export const ExportFormat = z.enum(['docx', 'pdf']);

/**
 * A project as the editor holds it: the shape the format requires at the top, anything inside. The host checks the
 * rest with the model when saving (an invalid draft is kept as a draft, never lost; see `project:save`).
 */
export const ProjectDraft = z.looseObject({
  format: z.literal(PROJECT_FORMAT),
  version: z.number().int(),
  id: z.string().min(1).max(200),
  kind: z.enum(['release', 'pack']),
  title: z.string().max(2000),
  status: z.enum(STATUSES),
});
export type ProjectDraft = z.infer<typeof ProjectDraft>;

/** A problem the model finds, with the path of its field so the editor can link to it. */
export const ProblemData = z.object({
  place: z.string(),
  message: z.string(),
  /** e.g. ['release', 'body', 3, 'alt']; empty for the file as a whole. */
  path: z.array(z.union([z.string(), z.number()])),
  severity: z.enum(['error', 'warning']),
});
export type ProblemData = z.infer<typeof ProblemData>;

const ProjectRow = z.object({
  name: ProjectName,
  ok: z.boolean(),
  title: z.string(),
  kind: z.enum(['release', 'pack']).nullable(),
  status: z.enum(STATUSES).nullable(),
  /** The release's date of issue (YYYY-MM-DD), when it has one. */
  date: z.string().nullable(),
  /** ISO time of the last save. */
  updatedAt: z.string().nullable(),
  /** Why the project cannot be opened as it is, when ok is false. */
  problem: z.string().nullable(),
});
export type ProjectRow = z.infer<typeof ProjectRow>;

const BinRow = z.object({ binName: z.string(), title: z.string(), deletedAt: z.string() });
export type BinRow = z.infer<typeof BinRow>;

const Saved = z.object({
  /** 'project': written to project.json. 'draft': the project does not validate yet, so the editor's state is
   *  kept beside it (project.draft.json) until it does; nothing typed is lost either way. */
  savedTo: z.enum(['project', 'draft']),
  updatedAt: z.string(),
  problems: z.array(ProblemData),
  /** The host's token for the draft as saved: the `base` of the next project:patch. */
  revision: z.string(),
});
export type Saved = z.infer<typeof Saved>;

/** One change of a project:patch (shared/ipc/json-changes.ts applies it): a value to set, or a field to remove. */
const JsonChangeData = z.union([
  z.object({ path: z.array(z.union([z.string().max(1000), z.number().int().min(0)])).min(1).max(MAX_CHANGE_DEPTH), value: z.unknown() }).strict(),
  z
    .object({ path: z.array(z.union([z.string().max(1000), z.number().int().min(0)])).min(1).max(MAX_CHANGE_DEPTH), remove: z.literal(true) })
    .strict(),
]);

const Opened = z.object({
  name: ProjectName,
  project: ProjectDraft,
  /** Plain-English things to tell the user: a repair from the backup, a recovered draft. */
  notices: z.array(z.string()),
  problems: z.array(ProblemData),
  /** The host's token for the project as opened: the `base` of the first project:patch. */
  revision: z.string(),
});
export type Opened = z.infer<typeof Opened>;

const PreviewRuns = z.array(
  z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional(), link: z.string().optional() }),
);
const PreviewImage = z.object({ url: z.string(), widthPx: z.number(), heightPx: z.number() });

/**
 * The composed document (shared/doc-tree's DocTree, as compose makes it for export) with each picture's bytes
 * replaced by a URL the window can load (app:// in Electron, the web host's /files/ route). The renderer draws it
 * with the shared style sheet. An invalid draft previews as much as composes; `left out` says what did not.
 */
export const PreviewDocument = z.object({
  title: z.string(),
  draftMark: z.string().nullable(),
  footerLine: z.string().nullable(),
  logo: PreviewImage.extend({ alt: z.string() }).nullable(),
  theme: z.object({
    colours: z.object({ primary: z.string(), accent: z.string(), text: z.string() }),
    fonts: z.object({ heading: z.string(), body: z.string() }),
  }),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2)]), runs: PreviewRuns }),
      z.object({ kind: z.literal('paragraph'), style: z.string(), runs: PreviewRuns }),
      z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(PreviewRuns) }),
      z.object({ kind: z.literal('quote'), attribution: PreviewRuns, paragraphs: z.array(PreviewRuns) }),
      z.object({
        kind: z.literal('image'),
        image: PreviewImage,
        alt: z.string(),
        decorative: z.boolean(),
        caption: PreviewRuns.optional(),
        credit: PreviewRuns.optional(),
      }),
      z.object({ kind: z.literal('table'), header: z.array(PreviewRuns).nullable(), rows: z.array(z.array(PreviewRuns)) }),
    ]),
  ),
  /** Plain-English lines about parts of an invalid draft left out of the preview. */
  leftOut: z.array(z.string()),
});
export type PreviewDocument = z.infer<typeof PreviewDocument>;

const ExportedFile = z.object({ format: ExportFormat, path: z.string(), bytes: z.number().int() });

/** A brand of the library, by its id (its folder's name, a slug; shared/brands/library-brand.ts): never a path. */
export const BrandId = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, { message: 'is not the id of a brand' });

/**
 * A brand as the library keeps it (its files named by their names in the brand's folder, "logo.svg"): the shape a
 * form needs at the top, anything inside, as ProjectDraft is. The host checks the rest when saving
 * (LibraryBrandSchema, shared/brands/library-brand.ts) and says what to fix.
 */
export const LibraryBrandDraft = z.looseObject({
  name: z.string().max(2000),
  colours: z.looseObject({ primary: z.string().max(100), accent: z.string().max(100), text: z.string().max(100) }),
});
export type LibraryBrandDraft = z.infer<typeof LibraryBrandDraft>;

/** A deleted brand's name in the brands' bin (shared/storage/brand-store.ts): `<id>--<time in ms>-<8 hex digits>`. */
export const BrandBinName = z
  .string()
  .max(200)
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?--\d{13}-[0-9a-f]{8}$/, { message: 'is not a deleted brand' });

/** The file types a brand's folder holds, by extension, and what they are sent as. */
export const BRAND_FILE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml', 'font/ttf', 'font/otf'] as const;
export const BRAND_FILE_EXTENSIONS: Readonly<Record<string, (typeof BRAND_FILE_MEDIA_TYPES)[number]>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** What a file of a brand's folder is sent as, by its extension; undefined for anything that is not a logo or font. */
export const brandFileMediaType = (name: string): (typeof BRAND_FILE_MEDIA_TYPES)[number] | undefined => {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === undefined || !Object.hasOwn(BRAND_FILE_EXTENSIONS, extension) ? undefined : BRAND_FILE_EXTENSIONS[extension];
};

/** A logo's or font's name inside its brand's folder: one segment, not hidden, a logo or font by its extension. */
export const BrandFileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\:\0]/.test(name) && !name.startsWith('.') && brandFileMediaType(name) !== undefined, {
    message: 'is not the name of a logo or font file in the brand folder',
  });

const BrandRow = z.object({
  id: BrandId,
  /** What the library calls the brand. */
  name: z.string(),
  /** The label printed above releases. */
  label: z.string(),
  /** Shipped with Pressdesk, so read-only: saving it makes a copy. */
  builtIn: z.boolean(),
});
export type BrandRow = z.infer<typeof BrandRow>;

/** How a new briefing pack starts: its protective marking (null for none) and audience, and the usual sections or none. */
export const NewPackDetails = z
  .object({
    classification: z.string().max(200).nullable().optional(),
    audience: z.string().max(2000).optional(),
    usualSections: z.boolean().optional(),
  })
  .strict();
export type NewPackDetails = z.infer<typeof NewPackDetails>;

/** An included release's record of where it came from, as the pack's release section keeps it (shared/model pack.ts). */
export const ReleaseSourceData = z.looseObject({
  project: z.string().min(1).max(200),
  name: ProjectName,
  title: z.string().max(2000).optional(),
  copiedAt: z.string().max(100),
  hash: z.string().min(1).max(200),
});
export type ReleaseSourceData = z.infer<typeof ReleaseSourceData>;

/** What became of an included release's source project: unchanged, changed since the copy, gone, or unreadable now. */
const SourceState = z.object({
  state: z.enum(['same', 'changed', 'missing', 'unreadable']),
  /** The project's folder now (it may have been renamed), when it was found. */
  name: ProjectName.nullable(),
  /** Its title now, when it was found. */
  title: z.string().nullable(),
  /** Plain English for the pack editor to show under the section. */
  message: z.string(),
});
export type SourceState = z.infer<typeof SourceState>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });

export const CONTRACT = {
  'workspace:get': channel(none, z.object({ folder: z.string(), exists: z.boolean() })),
  /** The system's folder dialog (desktop only); `chosen` is false when the user cancelled. */
  'workspace:choose': channel(none, z.object({ folder: z.string(), exists: z.boolean(), chosen: z.boolean() })),
  'workspace:set': channel(z.object({ folder: z.string().min(1).max(4096) }).strict(), z.object({ folder: z.string(), exists: z.boolean() })),

  'projects:list': channel(none, z.object({ rows: z.array(ProjectRow) })),
  'projects:create': channel(
    z
      .object({
        title: z.string().max(2000),
        kind: z.enum(['release', 'pack']),
        copyFrom: ProjectName.optional(),
        /** A new pack's starting details (ignored for a release or a copy). */
        pack: NewPackDetails.optional(),
      })
      .strict(),
    z.object({ name: ProjectName }),
  ),
  'projects:delete': channel(z.object({ name: ProjectName }).strict(), z.object({ binName: z.string() })),
  'projects:bin': channel(none, z.object({ rows: z.array(BinRow) })),
  'projects:restore': channel(z.object({ binName: z.string().min(1).max(300) }).strict(), z.object({ name: ProjectName })),

  'project:open': channel(z.object({ name: ProjectName }).strict(), Opened),
  'project:save': channel(z.object({ name: ProjectName, project: ProjectDraft }).strict(), Saved),
  /**
   * An autosave that sends only what changed since the draft the renderer last saved or opened (`base`, the revision
   * that answer gave). The host applies the changes to its own copy of that draft and saves the result exactly as
   * project:save would. `stale` means the host's copy is not at `base` (restarted, another window, never opened
   * here): nothing was saved, and the renderer sends the whole draft with project:save instead.
   */
  'project:patch': channel(
    z.object({ name: ProjectName, base: z.string().min(1).max(100), changes: z.array(JsonChangeData).max(MAX_CHANGES) }).strict(),
    z.union([Saved, z.object({ stale: z.literal(true) }).strict()]),
  ),
  'project:check': channel(z.object({ project: ProjectDraft }).strict(), z.object({ problems: z.array(ProblemData) })),
  'project:preview': channel(z.object({ name: ProjectName, project: ProjectDraft }).strict(), PreviewDocument),

  'assets:import': channel(
    z.object({ name: ProjectName, fileName: z.string().min(1).max(255), base64: z.string().max(70_000_000) }).strict(),
    z.object({ src: z.string() }),
  ),

  'people:list': channel(
    none,
    /** `problems`: entries of people.json that could not be read (kept in the file, left out of the list). */
    z.object({ people: z.array(PersonSchema), problems: z.array(z.string()) }),
  ),
  'people:save': channel(z.object({ person: PersonSchema }).strict(), z.object({ person: PersonSchema })),
  'people:delete': channel(z.object({ id: z.string().min(1).max(200) }).strict(), ok),

  'export:run': channel(
    /** choosePlace: ask for the folder with the system's dialog (desktop only) instead of the project's exports/. */
    z.object({ name: ProjectName, formats: z.array(ExportFormat).min(1), choosePlace: z.boolean().optional() }).strict(),
    z.object({ files: z.array(ExportedFile), notices: z.array(z.string()) }),
  ),
  'export:open': channel(z.object({ path: z.string().min(1).max(4096) }).strict(), ok),
  'export:show': channel(z.object({ path: z.string().min(1).max(4096) }).strict(), ok),

  'brands:list': channel(
    none,
    /** `problems`: brands in the workspace that could not be read (left out of the list), in plain English. */
    z.object({ rows: z.array(BrandRow), problems: z.array(z.string()) }),
  ),
  /** A brand as the library keeps it: file paths are names of files in the brand's own folder ("logo.svg"). */
  'brands:get': channel(z.object({ id: BrandId }).strict(), z.object({ brand: LibraryBrandDraft, builtIn: z.boolean() })),
  /** Without an id, or with a built-in brand's, saves a new workspace brand; returns the id it is saved under. */
  'brands:save': channel(z.object({ id: BrandId.optional(), brand: LibraryBrandDraft }).strict(), z.object({ id: BrandId })),
  /** Makes an editable workspace copy of a brand (built-in or not) with its files, titled "<title> (copy)". */
  'brands:duplicate': channel(z.object({ id: BrandId }).strict(), z.object({ id: BrandId })),
  /**
   * Moves a workspace brand to the brands' bin; `binName` (absent when it was already gone) is what brands:restore
   * takes to put it back (Undo). Projects keep their own copies of it either way.
   */
  'brands:delete': channel(z.object({ id: BrandId }).strict(), z.object({ ok: z.literal(true), binName: BrandBinName.optional() })),
  'brands:restore': channel(z.object({ binName: BrandBinName }).strict(), z.object({ id: BrandId })),
  /**
   * The bytes of one logo or font file in a brand's folder, by its name there ("logo.png"), for the brand editor's
   * preview (a data: URL, which the window's CSP allows for pictures; a FontFace for fonts). Never a path.
   */
  'brands:file': channel(
    z.object({ id: BrandId, file: BrandFileName }).strict(),
    z.object({ mediaType: z.enum(BRAND_FILE_MEDIA_TYPES), base64: z.string() }),
  ),
  /**
   * Checks a file and adds it to a workspace brand's folder (a logo: PNG, JPEG or SVG; a font: TTF or OTF with the
   * letters of English, Welsh and Gaelic). `path` is its name in the brand folder, for brands:save to refer to.
   */
  'brands:import-file': channel(
    z
      .object({ id: BrandId, role: z.enum(['logo', 'partner-logo', 'font']), fileName: z.string().min(1).max(255), base64: z.string().max(70_000_000) })
      .strict(),
    z.object({ path: z.string() }),
  ),
  /**
   * Copies a library brand into a project (its files into assets/brand/), or refreshes the copy ("Update to latest
   * brand"), and says what changed. `savedTo` 'draft' when the project had newer unsaved changes (project.draft.json):
   * the brand went into those, and reaches project.json with the next save that validates. Either way the editor
   * must open the project again (project:open) to show it.
   */
  'project:apply-brand': channel(
    z.object({ name: ProjectName, brandId: BrandId }).strict(),
    z.object({ changes: z.array(z.string()), savedTo: z.enum(['project', 'draft']) }),
  ),

  /**
   * A copy of another project's release for a briefing pack's release section: the release (speakers renamed where
   * the pack's people already use an id for someone else), the people it names, its pictures copied into the pack's
   * assets/ (under assets/included/<folder>/) and a `source` to keep on the section. Nothing of the pack itself is
   * written: the editor puts the section into its draft, so the copy is one undoable step like any other edit.
   * `people` is the pack draft's people, so ids can be kept apart.
   */
  'pack:include-release': channel(
    z.object({ name: ProjectName, from: ProjectName, people: z.array(PersonSchema).max(10_000) }).strict(),
    z.object({ release: z.looseObject({ headline: z.string() }), people: z.array(PersonSchema), source: ReleaseSourceData }),
  ),
  /** Whether the projects included releases were copied from have changed since (by the release's fingerprint). */
  'pack:check-sources': channel(
    z.object({ sources: z.array(ReleaseSourceData).max(200) }).strict(),
    z.object({ states: z.array(SourceState) }),
  ),
} as const;

export type Contract = typeof CONTRACT;
export type Channel = keyof Contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(CONTRACT) as Channel[];
export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && Object.hasOwn(CONTRACT, value);

/** What crosses back for every call: errors are data, with a message written for the person using Pressdesk. */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly message: string; readonly problems?: readonly ProblemData[] } };

