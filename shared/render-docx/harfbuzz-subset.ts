import { FontSubsetError, type FontSubsetter } from './font-subset';

/*
 * HarfBuzz's subsetter (hb-subset), as the harfbuzzjs package builds it: harfbuzz-subset.wasm, a module with no
 * imports that exports hb-subset's C functions as they are (harfbuzzjs's JavaScript API covers shaping, not
 * subsetting; its own subset example calls the exports so). The caller compiles the module from bytes it read
 * (shared/export/font-subsetter.ts): this folder reads no files.
 *
 * What is kept, beyond HarfBuzz's defaults (cmap, glyf/loca or CFF, hmtx, GSUB/GPOS/GDEF for the kept glyphs, OS/2
 * with its embedding bits): every name record in every language (the family names Word's font table must match,
 * and the copyright and licence text a font's licence asks to travel with it), every layout feature (stylistic
 * sets and figures as well as kerning and ligatures) and the .notdef glyph's outline. HarfBuzz does not subset the
 * legacy 'kern' table; kerning stays in GPOS.
 */

/** hb-subset's C functions this file calls (pointers and handles are numbers in the module's memory). */
interface HbSubsetExports {
  readonly memory: WebAssembly.Memory;
  _initialize?(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** hb.h and hb-subset.h's values. */
const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_NAME_ID = 4;
const HB_SUBSET_SETS_NAME_LANG_ID = 5;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NOTDEF_OUTLINE = 0x40;

/** A subsetter running on an instance of harfbuzz-subset.wasm, compiled by the caller. Synchronous: one subset at a time. */
export async function harfbuzzSubsetter(wasm: WebAssembly.Module): Promise<FontSubsetter> {
  const instance = await WebAssembly.instantiate(wasm, {});
  const hb = instance.exports as unknown as HbSubsetExports;
  if (typeof hb.hb_subset_or_fail !== 'function') throw new FontSubsetError('This WebAssembly module is not HarfBuzz’s subsetter (harfbuzz-subset.wasm).');
  // A WASI reactor's constructors run once, before any other call.
  hb._initialize?.();
  return (font, codePoints) => {
    const data = hb.malloc(font.byteLength);
    if (data === 0) throw new FontSubsetError(`HarfBuzz could not set aside ${font.byteLength} bytes for the font.`);
    // The memory may have grown (and its buffer been replaced) in malloc: a view is taken after each call that allocates.
    new Uint8Array(hb.memory.buffer).set(font, data);
    const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    const input = hb.hb_subset_input_create_or_fail();
    let subset = 0;
    try {
      if (input === 0) throw new FontSubsetError('HarfBuzz could not start a subset.');
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
      // An inverted empty set is every value.
      for (const which of [HB_SUBSET_SETS_NAME_ID, HB_SUBSET_SETS_NAME_LANG_ID, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG]) {
        const set = hb.hb_subset_input_set(input, which);
        hb.hb_set_clear(set);
        hb.hb_set_invert(set);
      }
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
      subset = hb.hb_subset_or_fail(face, input);
      if (subset === 0) throw new FontSubsetError('HarfBuzz could not subset the font (it could not read one of its tables).');
      const result = hb.hb_face_reference_blob(subset);
      try {
        const length = hb.hb_blob_get_length(result);
        if (length === 0) throw new FontSubsetError('HarfBuzz made an empty subset of the font.');
        const start = hb.hb_blob_get_data(result, 0);
        return new Uint8Array(hb.memory.buffer, start, length).slice();
      } finally {
        hb.hb_blob_destroy(result);
      }
    } finally {
      if (subset !== 0) hb.hb_face_destroy(subset);
      if (input !== 0) hb.hb_subset_input_destroy(input);
      hb.hb_face_destroy(face);
      hb.free(data);
    }
  };
}
