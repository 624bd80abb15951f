import { describe, expect, it } from 'vitest';
import { readFileContents, serialiseProject } from './file-contents';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readFileContents', () => {
  it.each([
    ['no bytes', new Uint8Array(0), 'empty'],
    ['only whitespace', bytes(' \n\t\r\n'), 'empty'],
    ['only zero bytes', new Uint8Array(8192), 'zero-bytes'],
    ['JSON cut short', bytes('{"format": "pressdesk/project", "ver'), 'not-json'],
    ['JSON followed by zero bytes', new Uint8Array([...bytes('{"a": 1}'), 0, 0, 0]), 'not-json'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-text'],
  ])('calls %s damaged', (_label, input, damage) => {
    expect(readFileContents(input)).toEqual({ kind: 'damaged', damage });
  });

  it('decodes JSON, with or without a byte order mark', () => {
    expect(readFileContents(bytes('{"title": "Ŵyl"}'))).toEqual({ kind: 'json', value: { title: 'Ŵyl' } });
    expect(readFileContents(bytes('\uFEFF[1, 2]'))).toEqual({ kind: 'json', value: [1, 2] });
  });
});

describe('serialiseProject', () => {
  it('writes 2-space JSON with a final newline', () => {
    expect(serialiseProject({ title: 'Ŵyl', tags: ['a'] })).toBe('{\n  "title": "Ŵyl",\n  "tags": [\n    "a"\n  ]\n}\n');
  });
});
