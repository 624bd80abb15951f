import { describe, expect, it } from 'vitest';
import { blockLabel, blockLabels, describeField } from './block-labels';

const body = [
  { type: 'paragraph', text: 'a' },
  { type: 'quote' },
  { type: 'paragraph', text: 'b' },
  { type: 'image' },
  { type: 'mystery' },
];
const project = { people: [{ id: 'p', name: 'Siân Ellis' }], release: { body } };

describe('blockLabel', () => {
  it('numbers blocks within their kind', () => {
    expect(body.map((_block, index) => blockLabel(body, index))).toEqual(['Paragraph 1', 'Quote 1', 'Paragraph 2', 'Image 1', 'Block 5']);
  });

  it('names the whole story at once as it names each block', () => {
    expect(blockLabels(body)).toEqual(body.map((_block, index) => blockLabel(body, index)));
    expect(blockLabels([])).toEqual([]);
  });
});

describe('describeField', () => {
  it('names fields in the words on the screen', () => {
    expect(describeField(['release', 'headline'], project)).toBe('Headline');
    expect(describeField(['release', 'body', 3, 'alt'], project)).toBe('Image 1, Alt text');
    expect(describeField(['release', 'body', 1, 'approval', 'on'], project)).toBe('Quote 1, Approved on');
    expect(describeField(['release', 'body', 1, 'paragraphs', 1], project)).toBe('Quote 1, Quote paragraph 2');
    expect(describeField(['release', 'notes', 0], project)).toBe('Note 1');
    expect(describeField(['release', 'contacts', 1, 'email'], project)).toBe('Contact 2, Email');
    expect(describeField(['people', 0, 'email'], project)).toBe('Speaker Siân Ellis');
    expect(describeField(['version'], project)).toBeNull();
  });
});
