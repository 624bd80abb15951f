import { describe, expect, it } from 'vitest';
import { langString, uriString } from './pdf-text';

describe('uriString', () => {
  it('writes an ASCII URI, percent-encoding what is not ASCII as UTF-8', () => {
    expect(String(uriString('https://example.gov.uk/caffi?enw=ŵy ŷ'))).toBe('(https://example.gov.uk/caffi?enw=%C5%B5y%20%C5%B7)');
  });

  it('escapes parentheses and backslashes, which pdf-lib writes as they are', () => {
    expect(String(uriString('https://en.wikipedia.org/wiki/Pier_(disambiguation'))).toBe('(https://en.wikipedia.org/wiki/Pier_\\(disambiguation)');
    expect(String(uriString('a\\b'))).toBe('(a\\\\b)');
  });

  it('survives a lone surrogate and control characters', () => {
    expect(String(uriString('https://x.org/\uD800\u0007'))).toBe('(https://x.org/%EF%BF%BD%07)');
  });
});

describe('langString', () => {
  it('accepts language tags and refuses anything else', () => {
    expect(String(langString('en-GB'))).toBe('(en-GB)');
    expect(String(langString('cy'))).toBe('(cy)');
    expect(() => langString('')).toThrow(/not a language tag/);
    expect(() => langString('en)GB')).toThrow(/not a language tag/);
  });
});
