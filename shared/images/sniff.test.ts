import { describe, expect, it } from 'vitest';
import { looksCutShort, sniffFormat } from './sniff';
import { solid } from './test-images';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
/** An ISO-BMFF file header with the given major brand, as phones write at the start of HEIC and AVIF. */
const ftyp = (brand: string): Uint8Array => new Uint8Array([0, 0, 0, 0x18, ...text('ftyp'), ...text(brand), 0, 0, 0, 0]);

describe('sniffFormat', () => {
  it.each(['png', 'jpeg', 'gif', 'webp', 'tiff'] as const)('recognises %s written by sharp', async (format) => {
    const bytes = await solid(8, 6).toFormat(format).toBuffer();
    expect(sniffFormat(bytes)).toBe(format);
  });

  it('recognises AVIF written by sharp, and HEIC from its header', async () => {
    expect(sniffFormat(await solid(8, 6).avif().toBuffer())).toBe('avif');
    expect(sniffFormat(ftyp('heic'))).toBe('heic');
    expect(sniffFormat(ftyp('mif1'))).toBe('heic');
  });

  it('does not take an MP4 video for a picture', () => {
    expect(sniffFormat(ftyp('isom'))).toBeUndefined();
  });

  it.each([
    ['a bare root', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'],
    ['a BOM, declaration, comment and doctype', '\uFEFF<?xml version="1.0"?>\n<!-- Logo -->\n<!DOCTYPE svg>\n<svg>\n</svg>'],
  ])('recognises SVG with %s', (_, source) => {
    expect(sniffFormat(text(source))).toBe('svg');
  });

  it('does not take an HTML page with inline SVG for an SVG', () => {
    expect(sniffFormat(text('<!doctype html><html><body><svg></svg></body></html>'))).toBeUndefined();
  });

  it('returns undefined for text, nothing and short prefixes', () => {
    expect(sniffFormat(text('Dear editor, please find attached'))).toBeUndefined();
    expect(sniffFormat(new Uint8Array())).toBeUndefined();
    expect(sniffFormat(new Uint8Array([0x89, 0x50]))).toBeUndefined();
  });
});

describe('looksCutShort', () => {
  it.each(['png', 'jpeg', 'gif'] as const)('tells a whole %s from one missing its last bytes', async (format) => {
    const bytes = await solid(40, 30).toFormat(format).toBuffer();
    expect(looksCutShort(format, bytes)).toBe(false);
    expect(looksCutShort(format, bytes.subarray(0, bytes.length - 1))).toBe(true);
  });

  it('accepts a JPEG with padding after its end marker, as some cameras write', async () => {
    const bytes = await solid(40, 30).jpeg().toBuffer();
    expect(looksCutShort('jpeg', new Uint8Array([...bytes, 0, 0, 0, 0]))).toBe(false);
  });
});
