import { describe, expect, it } from 'vitest';
import { attributionLine, describeSpeaker } from './attribution';

const smith = { id: 'a', name: 'Jane Smith', honorific: 'Councillor', role: 'Cabinet Member for Housing' };
const roberts = {
  id: 'rr',
  name: 'Ralph Roberts',
  role: 'Chief Executive of NHS Borders and Chair of the Critical Services Oversight Group (CSOG)',
  organisation: 'NHS Borders',
};
const paton = { id: 'cp', name: 'Catriona Paton', honorific: 'Chief Superintendent', role: 'Divisional Commander', organisation: 'Police Scotland' };
const robertson = { id: 'dr', name: 'David Robertson', role: 'Chief Executive', organisation: 'Scottish Borders Council' };

describe('attributionLine', () => {
  it('names one speaker with honorific and role', () => {
    expect(attributionLine([smith])).toBe('Councillor Jane Smith, Cabinet Member for Housing, said:');
  });

  it('names a speaker with no role by name alone', () => {
    expect(attributionLine([{ id: 'x', name: 'Sam Jones' }])).toBe('Sam Jones said:');
  });

  it('lists every speaker of a joint quote, as the seed release does', () => {
    expect(attributionLine([roberts, paton, robertson])).toBe(
      'Ralph Roberts, Chief Executive of NHS Borders and Chair of the Critical Services Oversight Group (CSOG); ' +
        'Chief Superintendent Catriona Paton, Divisional Commander, Police Scotland; ' +
        'and David Robertson, Chief Executive, Scottish Borders Council, said:',
    );
  });

  it('joins two plain names with "and"', () => {
    expect(attributionLine([{ id: 'x', name: 'Sam Jones' }, { id: 'y', name: 'Ali Khan' }])).toBe('Sam Jones and Ali Khan said:');
  });

  it('uses semicolons for two speakers whose descriptions hold commas', () => {
    expect(attributionLine([smith, paton])).toBe(
      'Councillor Jane Smith, Cabinet Member for Housing; and Chief Superintendent Catriona Paton, Divisional Commander, Police Scotland, said:',
    );
  });
});

describe('describeSpeaker', () => {
  it('leaves out the organisation when the role already names it', () => {
    expect(describeSpeaker(roberts)).not.toContain('CSOG), NHS Borders');
  });
});
