import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The Node bundles' stand-ins for base64-js and tiny-inflate give what the packages give (bundle-node.mjs). */

const require = createRequire(import.meta.url);
const shims = { base64: require('./base64-js.cjs'), inflate: require('./tiny-inflate.cjs'), fflate: require('./fflate.cjs') };
const real = { base64: require('base64-js'), inflate: require('tiny-inflate'), fflate: require('fflate') };

describe('bundle shims', () => {
  it('base64: the same bytes and text as base64-js', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = real.base64.fromByteArray(bytes);
        expect(shims.base64.fromByteArray(bytes)).toBe(text);
        expect(shims.base64.toByteArray(text)).toEqual(real.base64.toByteArray(text));
        expect(shims.base64.byteLength(text)).toBe(real.base64.byteLength(text));
      }),
    );
  });

  it('inflate: the same bytes as tiny-inflate, into an array of the size given (or the part it fills)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(16), (bytes, spare) => {
        const compressed = deflateRawSync(bytes);
        const mine = shims.inflate(compressed, new Uint8Array(bytes.length + spare));
        expect(mine).toEqual(real.inflate(compressed, new Uint8Array(bytes.length + spare)));
        expect(mine).toEqual(bytes);
      }),
    );
  });

  it('reads linebreak’s own class table as base64-js does (inflate: above, and the bundled command tests)', () => {
    const UnicodeTrie = require('unicode-trie');
    const source = require('node:fs').readFileSync(require.resolve('linebreak'), 'utf8') as string;
    const data = /toByteArray\("([^"]+)"\)/.exec(source)?.[1];
    expect(data, 'linebreak still embeds its table as base64').toBeDefined();
    const withShims = new UnicodeTrie(shims.base64.toByteArray(data!));
    const withPackages = new UnicodeTrie(real.base64.toByteArray(data!));
    for (let codePoint = 0; codePoint < 0x30000; codePoint += 7) expect(withShims.get(codePoint)).toBe(withPackages.get(codePoint));
  });

  it('fflate: what pdf-lib and fontkit call gives what fflate gives (each side reads the other’s output)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(undefined, 0, 6, 9), fc.nat(8), (bytes, level, spare) => {
        const options = level === undefined ? {} : { level };
        const mine = shims.fflate.zlibSync(bytes, options);
        expect(real.fflate.unzlibSync(mine)).toEqual(bytes);
        const theirs = real.fflate.zlibSync(bytes, options);
        expect(shims.fflate.unzlibSync(theirs)).toEqual(real.fflate.unzlibSync(theirs));
        const raw = real.fflate.deflateSync(bytes);
        expect(shims.fflate.inflateSync(raw)).toEqual(real.fflate.inflateSync(raw));
        // Into a given array, as fontkit asks: the array itself when it fits exactly, the part filled otherwise.
        const out = new Uint8Array(bytes.length + spare);
        const filled = shims.fflate.inflateSync(raw, { out });
        expect(filled).toEqual(real.fflate.inflateSync(raw, { out: new Uint8Array(bytes.length + spare) }));
        if (spare === 0) expect(filled).toBe(out);
        expect(shims.fflate.unzlibSync(theirs, { out: new Uint8Array(bytes.length) })).toEqual(bytes);
      }),
      { numRuns: 200 },
    );
  });
});
