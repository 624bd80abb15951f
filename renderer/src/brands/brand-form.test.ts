import { describe, expect, it } from 'vitest';
import { brandFieldId, brandFieldLabel, brandOf, formOf, formProblems, hostProblems, moveRow } from './brand-form';

const colours = { primary: '#1B2F52', accent: '#a4471b', text: '#0b0c0c' };

describe('brand form', () => {
  it('round-trips a brand, keeping fields the form does not show', () => {
    const brand = {
      name: 'Borders Council',
      title: 'Borders (joint)',
      label: 'Media statement',
      logo: 'logo.png',
      partners: [{ name: 'NHS Borders', logo: 'nhs.png', website: 'https://nhs.example' }, { name: 'Police Scotland' }],
      colours: { ...colours, extra: 1 },
      fonts: { heading: 'corporate.ttf', body: 'Arial' },
      boilerplate: ['About us.'],
      footer: 'Newtown',
      somethingNew: { kept: true },
    };
    expect(brandOf(formOf(brand))).toEqual({ ...brand, colours: { ...brand.colours, primary: '#1b2f52' } });
  });

  it('leaves out empty optional fields, and fonts a brand never named while they are the standard one', () => {
    const form = formOf({ name: 'Plain', colours });
    expect(form.label).toBe('News release');
    expect(form.headingFont).toBe('Arial');
    const saved = brandOf({ ...form, footer: '  ', boilerplate: [{ key: 'a', text: ' ' }], title: '' });
    expect(saved).toEqual({ name: 'Plain', label: 'News release', colours: { ...colours, primary: '#1b2f52' } });
    expect(brandOf({ ...form, headingFont: 'corporate.otf' }).fonts).toEqual({ heading: 'corporate.otf', body: 'Arial' });
  });

  it('finds an empty name, a colour not written #rrggbb and a partner without a name at once', () => {
    const form = formOf({ name: ' ', colours: { ...colours, accent: 'orange', text: '' }, partners: [{ name: '' }] });
    const problems = formProblems(form);
    expect([...problems.keys()]).toEqual(['brand-name', 'brand-colours-accent', 'brand-colours-text', 'brand-partners-0-name']);
    expect(problems.get('brand-colours-accent')).toContain('“orange” is not a colour Pressdesk can use');
    expect(formProblems(formOf({ name: 'X', colours })).size).toBe(0);
  });

  it('puts the host’s problems beside their fields, and the rest above the form', () => {
    const found = hostProblems([
      { place: 'colours.accent', message: 'the accent colour must be a colour written #rrggbb', path: ['colours', 'accent'], severity: 'error' },
      { place: 'partners[1] logo', message: 'the partner logo must be …', path: ['partners', 1, 'logo'], severity: 'error' },
      { place: 'boilerplate[0]', message: 'bad link', path: ['boilerplate', 0], severity: 'error' },
      { place: 'source', message: 'odd', path: ['source', 'id'], severity: 'error' },
    ]);
    expect(found.fields.get('brand-colours-accent')).toBe('The accent colour must be a colour written #rrggbb.');
    expect(found.fields.has(brandFieldId(['partners', 1, 'logo']))).toBe(true);
    expect(found.fields.has('brand-boilerplate-0')).toBe(true);
    expect(found.general).toEqual(['source: Odd.']);
    expect(brandFieldLabel(['partners', 1, 'logo'])).toBe('Partner 2 logo');
    expect(brandFieldLabel(['colours', 'text'])).toBe('Text colour');
  });

  it('moves rows within range only', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveRow(['a', 'b'], 1, 2)).toEqual(['a', 'b']);
  });
});
