import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontSubsetter } from './font-subset';
import { harfbuzzSubsetter } from './harfbuzz-subset';

/** HarfBuzz's subsetter for render-docx's tests, from the harfbuzzjs package as the export pipeline loads it (export/font-subsetter.ts). */
let loading: Promise<FontSubsetter> | undefined;
export const harfbuzz = (): Promise<FontSubsetter> =>
  (loading ??= WebAssembly.compile(readFileSync(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'))).then(harfbuzzSubsetter));
