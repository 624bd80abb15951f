'use strict';
// tiny-inflate's API (raw DEFLATE into a given array) on Node's zlib, for the Node bundles (scripts/bundle-node.mjs).
// unicode-trie inflates linebreak's class table with it at load: ~17 ms in JavaScript at a cold start, ~1 ms here.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error'); // as tiny-inflate: the data does not fit
  dest.set(out);
  return out.length < dest.length ? dest.subarray(0, out.length) : dest;
};
