import { describe, expect, it } from 'vitest';
import { fieldId, movedId, problemTargets } from './field-ids';

const project = {
  people: [
    { id: 'sian', name: 'Siân Ellis' },
    { id: 'rhodri', name: 'Rhodri Bowen' },
  ],
  release: {
    body: [
      { type: 'paragraph', text: 'x' },
      { type: 'quote', speakers: ['sian'], paragraphs: ['y'] },
      { type: 'quote', speakers: ['rhodri', 'sian'], paragraphs: ['z'] },
    ],
  },
};

describe('fieldId', () => {
  it('joins the path', () => {
    expect(fieldId(['release', 'headline'])).toBe('field-release-headline');
    expect(fieldId(['release', 'body', 3, 'alt'])).toBe('field-release-body-3-alt');
    expect(fieldId(['title'])).toBe('field-title');
  });

  it('keeps ids valid whatever a key holds', () => {
    expect(fieldId(['release', 'we ird/key'])).toBe('field-release-we_ird_key');
  });
});

describe('problemTargets', () => {
  it('tries the field, then each enclosing block', () => {
    expect(problemTargets(['release', 'body', 3, 'alt'], project)).toEqual([
      'field-release-body-3-alt',
      'field-release-body-3',
      'field-release-body',
      'field-release',
    ]);
  });

  it('maps a speaker problem to the quote\'s "Add speaker" select', () => {
    expect(problemTargets(['release', 'body', 1, 'speakers', 0], project)[0]).toBe('field-release-body-1-speakers');
  });

  it('maps an approval problem to its input', () => {
    expect(problemTargets(['release', 'body', 1, 'approval', 'on'], project)[0]).toBe('field-release-body-1-approval-on');
    expect(problemTargets(['release', 'body', 1, 'approval'], project)[0]).toBe('field-release-body-1-approval-by');
  });

  it('maps an empty list or quote to its first item', () => {
    expect(problemTargets(['release', 'body', 2, 'paragraphs'], project)[0]).toBe('field-release-body-2-paragraphs-0');
  });

  it('maps the embargo to its date input, then the checkbox', () => {
    expect(problemTargets(['release', 'embargo'], project).slice(0, 2)).toEqual(['field-release-embargo-date', 'field-release-embargo']);
  });

  it('maps a problem with a person to every quote that names them', () => {
    expect(problemTargets(['people', 0, 'email'], project).slice(0, 2)).toEqual(['field-release-body-1-speakers', 'field-release-body-2-speakers']);
  });

  it('has nowhere to go for the file as a whole', () => {
    expect(problemTargets([], project)).toEqual([]);
  });
});

describe('movedId', () => {
  const body = ['release', 'body'];
  it('follows a control to its block\'s new place', () => {
    expect(movedId('field-release-body-3-text', body, 3, 2)).toBe('field-release-body-2-text');
    expect(movedId('field-release-body-3', body, 3, 4)).toBe('field-release-body-4');
    expect(movedId('field-release-body-3-items-0-move-up', body, 3, 2)).toBe('field-release-body-2-items-0-move-up');
  });

  it('leaves other ids alone (block 31 is not block 3)', () => {
    expect(movedId('field-release-body-31-text', body, 3, 2)).toBe('field-release-body-31-text');
    expect(movedId('field-release-headline', body, 3, 2)).toBe('field-release-headline');
  });
});
