'use strict';
// The three fflate functions pdf-lib and fontkit call (zlibSync, unzlibSync, inflateSync), on Node's zlib, for the
// Node bundles (scripts/bundle-node.mjs). Both packages inflate tables when they load (pdf-lib's standard-font
// encodings, fontkit's Unicode properties), in JavaScript at a cold start; and fflate itself builds its Huffman
// tables when loaded. Options used by them: `level` (compress) and `out` (inflate into a given array).
const zlib = require('node:zlib');

const view = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** Into `out` when given, as fflate does: the part it fills, or an error when it does not fit. */
const into = (result, options) => {
  const out = options && options.out;
  if (!out) return view(result);
  if (result.length > out.length) throw new Error('fflate shim: the data does not fit in the output array given');
  out.set(result);
  return result.length < out.length ? out.subarray(0, result.length) : out;
};

exports.zlibSync = (data, options) => view(zlib.deflateSync(data, options && options.level !== undefined ? { level: options.level } : {}));
exports.unzlibSync = (data, options) => into(zlib.inflateSync(data), options);
exports.inflateSync = (data, options) => into(zlib.inflateRawSync(data), options);
