import fontkit, { type Font } from '@cantoo/fontkit';
import { Face } from './face';
import { FaceSet } from './face-set';
import type { FaceKey, FontFiles, FontRole } from './types';

/** A font could not be read; the bundled fonts always can, so this means the bytes passed in are wrong. */
export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
}

/**
 * Parsed fonts by their bytes (the same Uint8Array). fontkit decodes a font's tables lazily and keeps them, which is
 * most of the cost of embedding (tens of ms a face); sharing the parsed font between documents pays it once per
 * process. The caller keeps the bytes it loaded, so identity is the key.
 */
const parsed = new WeakMap<Uint8Array, Font>();

export const parseFont = (bytes: Uint8Array, face: FaceKey | string): Font => {
  let font = parsed.get(bytes);
  if (font === undefined) {
    let opened: unknown;
    try {
      opened = fontkit.create(bytes);
    } catch (error) {
      throw new FontLoadError(`The ${face} font is not a font file fontkit can read (${String(error)}).`);
    }
    if (opened === null || typeof opened !== 'object' || !('layout' in opened)) {
      throw new FontLoadError(`The ${face} font is a collection or not a single TrueType/OpenType face.`);
    }
    font = opened as Font;
    presetPostHeader(font, bytes);
    parsed.set(bytes, font);
  }
  return font;
};

/**
 * pdf-lib's embedder asks each font for its italic angle and whether it is fixed-pitch, and fontkit decodes the
 * whole `post` table to answer, thousands of glyph names included: ~60 ms for the bundled faces at a cold start, for
 * numbers in the table's first 16 bytes (OpenType `post` header: version, italicAngle 16.16, underlinePosition,
 * underlineThickness, isFixedPitch). So fontkit's table cache gets the header, read there, and decodes the rest
 * only if anything asks for more. A font without a readable `post` header, or a fontkit whose internals differ, is
 * left to fontkit.
 */
function presetPostHeader(font: Font, bytes: Uint8Array): void {
  const internal = font as unknown as {
    directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
    _tables?: Record<string, unknown>;
    _decodeTable?: (entry: unknown) => unknown;
  };
  const entry = internal.directory?.tables?.post;
  const decodeTable = internal._decodeTable;
  if (entry === undefined || entry.length < 16 || entry.offset + 16 > bytes.length || typeof internal._tables !== 'object' || typeof decodeTable !== 'function') return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 16);
  const header: Record<string, number> = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
  };
  let whole: Record<string | symbol, unknown> | undefined;
  internal._tables.post = new Proxy(header, {
    get: (target, key) => (key in target ? target[key as string] : (whole ??= decodeTable.call(font, entry) as Record<string | symbol, unknown>)?.[key]),
  });
}

/** fontkit for pdf-lib's embedder: hands back the font we already parsed, so pdf-lib embeds the same glyph objects. */
export const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create: ((bytes: Uint8Array, postscriptName?: string) =>
    postscriptName === undefined ? (parsed.get(bytes) ?? fontkit.create(bytes)) : fontkit.create(bytes, postscriptName)) as typeof fontkit.create,
};

/** The bundled faces, always embedded. */
export const FACE_KEYS: readonly FaceKey[] = ['regular', 'bold', 'italic', 'boldItalic', 'fallback', 'fallbackBold'];
/** The brand's own faces, embedded when given. */
const ROLE_KEYS: readonly (FaceKey & FontRole)[] = ['heading', 'body'];

/** Bytes of each face; the fallback's bold is the fallback itself when none is given; undefined for a role without a file. */
export const faceBytes = (files: FontFiles, face: FaceKey): Uint8Array | undefined => (face === 'fallbackBold' ? (files.fallbackBold ?? files.fallback) : files[face]);

/** Every face the files give, bundled first. */
export const presentFaces = (files: FontFiles): FaceKey[] => [...FACE_KEYS, ...ROLE_KEYS.filter((role) => files[role] !== undefined)];

/** The faces of one document's fonts, and the face set each font role draws with. */
export interface FaceSets {
  readonly faces: Readonly<Partial<Record<FaceKey, Face>>>;
  readonly roles: Readonly<Record<FontRole, FaceSet>>;
}

/** The last few face sets, so the shaping cache carries from one document to the next. */
const recent: { readonly files: FontFiles; readonly sets: FaceSets }[] = [];
const ROLE_AND_BUNDLED: readonly FaceKey[] = [...FACE_KEYS, ...ROLE_KEYS];

export const faceSetsFor = (files: FontFiles): FaceSets => {
  const same = recent.find((entry) => entry.files.shaping === files.shaping && ROLE_AND_BUNDLED.every((face) => faceBytes(entry.files, face) === faceBytes(files, face)));
  if (same !== undefined) return same.sets;
  const faces: Partial<Record<FaceKey, Face>> = {};
  const byBytes = new Map<Uint8Array, Face>();
  for (const face of presentFaces(files)) {
    const bytes = faceBytes(files, face)!;
    let built = byBytes.get(bytes);
    if (built === undefined) {
      built = new Face(parseFont(bytes, face), files.shaping?.[face]);
      byBytes.set(bytes, built);
    }
    faces[face] = built;
  }
  const withFallback = faces as Partial<Record<FaceKey, Face>> & Record<'fallback' | 'fallbackBold', Face>;
  const bundled = new FaceSet(withFallback);
  const roleSet = (role: FontRole): FaceSet => (faces[role] === undefined ? bundled : new FaceSet(withFallback, [role, role, role, role]));
  const sets: FaceSets = { faces, roles: { heading: roleSet('heading'), body: roleSet('body') } };
  recent.unshift({ files, sets });
  if (recent.length > 4) recent.pop();
  return sets;
};
