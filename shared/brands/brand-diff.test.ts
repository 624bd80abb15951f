import { describe, expect, it } from 'vitest';
import type { Brand } from '../model';
import { brandChanges } from './brand-diff';

const base: Brand = {
  name: 'Borders Council',
  logo: 'assets/brand/logo-0a1b2c3d.png',
  colours: { primary: '#1b2f52', accent: '#a4471b', text: '#0b0c0c' },
  partners: [{ name: 'Police Scotland', logo: 'assets/brand/police-11111111.png' }],
  footer: 'Council HQ, Newtown',
  boilerplate: ['The council serves 115,000 people.'],
};

describe('brandChanges', () => {
  it('says nothing when only the file names differ and the contents match', () => {
    const library = { ...base, logo: 'logo.png', partners: [{ name: 'Police Scotland', logo: 'police.png' }] };
    const hashes: Record<string, string> = { 'assets/brand/logo-0a1b2c3d.png': 'L', 'logo.png': 'L', 'assets/brand/police-11111111.png': 'P', 'police.png': 'P' };
    expect(brandChanges(base, library, { fileKey: (_side, file) => hashes[file]! })).toEqual([]);
  });

  it('names each change in plain English, in a fixed order', () => {
    const after: Brand = {
      ...base,
      name: 'Scottish Borders Council',
      label: 'Media statement',
      logo: 'assets/brand/logo-99999999.png',
      colours: { primary: '#00507A', accent: '#a4471b', text: '#0b0c0c' },
      fonts: { heading: 'assets/brand/Headline-12345678.otf', body: 'Arial' },
      partners: [
        { name: 'Police Scotland', logo: 'assets/brand/police-11111111.png' },
        { name: 'NHS Borders', logo: 'assets/brand/nhs-22222222.png' },
      ],
      footer: 'Council HQ, Newtown St Boswells',
      boilerplate: [],
    };
    expect(brandChanges(base, after)).toEqual([
      'Organisation name “Borders Council” → “Scottish Borders Council”',
      'Release label “News release” → “Media statement”',
      'Logo changed',
      'Primary colour #1b2f52 → #00507a',
      'Heading font the default → Headline.otf',
      'Body font the default → Arial',
      'Partner logos: NHS Borders added',
      '"About the organisation" text removed',
      'Footer line changed',
    ]);
  });

  it('reports logos and partners added, removed and changed, and a reorder', () => {
    const noLogo: Brand = { ...base, logo: undefined, partners: [] };
    expect(brandChanges(noLogo, base)).toEqual(['Logo added', 'Partner logos: Police Scotland added']);
    expect(brandChanges(base, noLogo)).toEqual(['Logo removed', 'Partner logos: Police Scotland removed']);
    const newPoliceLogo = { ...base, partners: [{ name: 'Police Scotland', logo: 'assets/brand/police-33333333.png' }] };
    expect(brandChanges(base, newPoliceLogo)).toEqual(["Partner logos: Police Scotland's logo changed"]);
    const two = { ...base, partners: [...base.partners!, { name: 'NHS Borders' }] };
    const swapped = { ...base, partners: [...two.partners].reverse() };
    expect(brandChanges(two, swapped)).toEqual(['Partner logos: order changed']);
  });

  it('treats a missing label as "News release", and empty text as none', () => {
    expect(brandChanges({ ...base, label: null }, { ...base, label: 'News release', footer: 'Council HQ, Newtown' })).toEqual([]);
    expect(brandChanges({ ...base, footer: '' }, base)).toEqual(['Footer line added']);
  });
});
