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
    presetItalicAngle(font, bytes);
    parsed.set(bytes, font);
  }
  return font;
};

/**
 * pdf-lib's embedder asks each font for its italic angle, and fontkit decodes the whole `post` table to answer,
 * thousands of glyph names included: about 60 ms for the six faces at a cold start, for one number that sits four
 * bytes into that table (a 16.16 fixed-point value, OpenType `post` header). So the angle is read there and set on
 * the font; a font without a readable `post` table is left to fontkit.
 */
function presetItalicAngle(font: Font, bytes: Uint8Array): void {
  const post = (font as unknown as { directory?: { tables?: Record<string, { offset: number; length: number } | undefined> } }).directory?.tables?.post;
  if (post === undefined || post.length < 8 || post.offset + 8 > bytes.length) return;
  const angle = new DataView(bytes.buffer, bytes.byteOffset + post.offset + 4, 4).getInt32(0) / 65536;
  Object.defineProperty(font, 'italicAngle', { value: angle });
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
