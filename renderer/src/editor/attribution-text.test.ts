import { describe, expect, it } from 'vitest';
import { attributionPreview, projectPeople } from './attribution-text';

const project = {
  people: [
    { id: 'jane', name: 'Jane Smith', honorific: 'Councillor', role: 'Cabinet Member for Housing' },
    { id: 'ralph', name: 'Ralph Roberts', role: 'Chief Executive of NHS Borders', organisation: 'NHS Borders' },
    { id: 'half', name: '' },
  ],
};

describe('attributionPreview', () => {
  it('prints one speaker as compose does', () => {
    expect(attributionPreview(['jane'], projectPeople(project))).toBe('Councillor Jane Smith, Cabinet Member for Housing, said:');
  });

  it('joins a joint quote with "and"', () => {
    expect(attributionPreview(['ralph', 'jane'], projectPeople(project))).toBe(
      'Ralph Roberts, Chief Executive of NHS Borders; and Councillor Jane Smith, Cabinet Member for Housing, said:',
    );
  });

  it('skips people it cannot name, and says nothing with no speakers', () => {
    expect(attributionPreview(['half', 'nobody'], projectPeople(project))).toBeNull();
    expect(attributionPreview([], projectPeople(project))).toBeNull();
  });
});
