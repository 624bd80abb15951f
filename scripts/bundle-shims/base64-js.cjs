'use strict';
// base64-js's API on Node's Buffer, for the Node bundles (scripts/bundle-node.mjs): linebreak decodes its 20 KB class
// table with it at load, ~9 ms in JavaScript at a cold start.
const asBytes = (buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

exports.toByteArray = (text) => asBytes(Buffer.from(text, 'base64'));
exports.fromByteArray = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
exports.byteLength = (text) => Buffer.byteLength(text, 'base64');
