import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Harbour wall repairs finish early', 'harbour-wall-repairs-finish-early'],
    ['Ŵyl y Môr à Bord', 'wyl-y-mor-a-bord'],
    ['Fèis Bharraigh: Gaelic à è ì ò ù', 'feis-bharraigh-gaelic-a-e-i-o-u'],
    ["Council's £1.2m plan — “big” news!", 'councils-1-2m-plan-big-news'],
    ['Łódź & Straße', 'lodz-and-strasse'],
    ['  --Already--slugged--  ', 'already-slugged'],
    ['CON', 'con-1'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('returns an empty string when nothing is left, so the caller picks the fallback', () => {
    expect(slugify('مجلس المدينة 🎉')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Residents invited to have their say on the future of the seafront promenade and gardens', 40);
    expect(slug).toBe('residents-invited-to-have-their-say-on');
    expect(slug.length).toBeLessThanOrEqual(40);
  });
});
