import { describe, expect, it } from 'vitest';
import { wrapSelection } from './markdown-wrap';

describe('wrapSelection', () => {
  it('wraps the selected words in bold and keeps them selected', () => {
    const result = wrapSelection('The wall reopens', 4, 8, 'bold');
    expect(result.text).toBe('The **wall** reopens');
    expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe('wall');
  });

  it('wraps in italic', () => {
    expect(wrapSelection('a b c', 2, 3, 'italic').text).toBe('a *b* c');
  });

  it('leaves spaces caught at the edges outside the markers', () => {
    expect(wrapSelection('The wall reopens', 3, 9, 'bold').text).toBe('The **wall** reopens');
  });

  it('inserts placeholder words, selected, when nothing is selected', () => {
    const result = wrapSelection('Hello ', 6, 6, 'bold');
    expect(result.text).toBe('Hello **bold text**');
    expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe('bold text');
  });

  it('makes a link of the selection and selects the address to type', () => {
    const result = wrapSelection('Read the report today', 9, 15, 'link');
    expect(result.text).toBe('Read the [report](https://) today');
    expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe('https://');
  });

  it('inserts a link with its words selected when nothing is selected', () => {
    const result = wrapSelection('', 0, 0, 'link');
    expect(result.text).toBe('[link text](https://)');
    expect(result.text.slice(result.selectionStart, result.selectionEnd)).toBe('link text');
  });
});
