import { describe, expect, it } from 'vitest';
import type { Block, ImageData } from '../doc-tree';
import { parseProjectOrThrow, type Project } from '../model';
import { DRAFT_MARK, compose, imagePaths } from './compose';
import { plainText } from './inline';

const picture: ImageData = { bytes: new Uint8Array([1]), format: 'png', widthPx: 10, heightPx: 5 };

function project(overrides: Record<string, unknown> = {}, release: Record<string, unknown> = {}): Project {
  return parseProjectOrThrow(
    {
      format: 'pressdesk/project',
      version: 1,
      id: 'p',
      kind: 'release',
      title: 'Harbour wall',
      status: 'draft',
      updatedAt: '2026-02-01T10:00:00Z',
      people: [
        { id: 'se', name: 'Siân Ellis', honorific: 'Councillor', role: 'Cabinet Member for Highways' },
        { id: 'dk', name: 'Dai Kemp', role: 'Harbour Master' },
      ],
      brand: {
        name: 'Aberhaven Council',
        label: 'Press release',
        logo: 'assets/logo.png',
        colours: { primary: '#005a70', accent: '#d4351c', text: '#0b0c0c' },
        boilerplate: ['Aberhaven Council serves **60,000** people.'],
        footer: 'Civic Centre, Aberhaven',
      },
      release: {
        headline: 'Harbour wall reopens',
        summary: 'The wall is *safe* again.',
        date: '2026-03-04',
        embargo: '2026-03-04T00:01:00+00:00',
        location: 'Aberhaven',
        reference: 'AHC-031',
        body: [
          { type: 'paragraph', text: 'The wall reopened today.' },
          { type: 'heading', text: 'What changed' },
          { type: 'list', ordered: true, items: ['First', 'Second'] },
          { type: 'quote', speakers: ['se', 'dk'], paragraphs: ['One.', 'Two.'], approval: null },
          { type: 'image', src: 'assets/wall.png', alt: 'The wall at dawn', caption: 'The wall', credit: 'A. Photographer' },
        ],
        notes: ['Note one', 'Note [two](https://example.org)'],
        contacts: [{ name: 'Press office', phone: '01234 567890', email: 'press@aberhaven.example' }],
        ...release,
      },
      ...overrides,
    },
    'test-project',
  );
}

const images = new Map([
  ['assets/logo.png', picture],
  ['assets/wall.png', picture],
]);

const textOf = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return plainText(block.runs);
    case 'list':
      return block.items.map(plainText).join(' | ');
    case 'quote':
      return [plainText(block.attribution), ...block.paragraphs.map(plainText)].join(' | ');
    case 'image':
      return `[image: ${block.alt}]`;
    case 'table':
      return '[table]';
  }
};

describe('compose a release', () => {
  it('puts every part of the release in the order UK press offices expect', () => {
    const tree = compose({ project: project(), images });
    expect(tree.blocks.map(textOf)).toEqual([
      'Press release',
      'Date: 4 March 2026',
      'Reference: AHC-031',
      'EMBARGOED UNTIL 00:01 WEDNESDAY 4 MARCH 2026',
      'Harbour wall reopens',
      'The wall is safe again.',
      'ABERHAVEN – The wall reopened today.',
      'What changed',
      'First | Second',
      'Councillor Siân Ellis, Cabinet Member for Highways; and Dai Kemp, Harbour Master, said: | “One. | “Two.”',
      'Quote wording not yet approved.',
      '[image: The wall at dawn]',
      'ENDS',
      'Notes to editors',
      'Note one | Note two',
      'Media contact',
      'Press office',
      'Phone: 01234 567890',
      'Email: press@aberhaven.example',
      'About Aberhaven Council',
      'Aberhaven Council serves 60,000 people.',
    ]);
  });

  it('marks drafts and anything in review, but not approved or issued releases', () => {
    expect(compose({ project: project({ status: 'draft' }), images }).page.draftMark).toBe(DRAFT_MARK);
    expect(compose({ project: project({ status: 'review' }), images }).page.draftMark).toBe(DRAFT_MARK);
    for (const status of ['approved', 'issued']) {
      const tree = compose({ project: project({ status }), images });
      expect(tree.page.draftMark).toBeUndefined();
      expect(tree.blocks.map(textOf)).not.toContain('Quote wording not yet approved.');
    }
  });

  it('gives the headline as level-1 heading and subheadings as level 2', () => {
    const headings = compose({ project: project(), images }).blocks.filter((block) => block.kind === 'heading');
    expect(headings.map((block) => [block.level, plainText(block.runs)])).toEqual([
      [1, 'Harbour wall reopens'],
      [2, 'What changed'],
      [2, 'Notes to editors'],
      [2, 'Media contact'],
      [2, 'About Aberhaven Council'],
    ]);
  });

  it('keeps caption, credit and alt text with the picture', () => {
    const image = compose({ project: project(), images }).blocks.find((block) => block.kind === 'image');
    expect(image).toMatchObject({ alt: 'The wall at dawn', decorative: false });
    expect(image?.kind === 'image' && plainText(image.caption ?? [])).toBe('The wall');
    expect(image?.kind === 'image' && plainText(image.credit ?? [])).toBe('Picture: A. Photographer');
  });

  it('sets the document properties from the release and brand', () => {
    const tree = compose({ project: project(), images });
    expect(tree.meta).toEqual({
      title: 'Harbour wall reopens',
      subject: 'The wall is safe again.',
      author: 'Aberhaven Council',
      language: 'en-GB',
      keywords: 'AHC-031',
    });
    expect(tree.page.footerLine).toBe('Civic Centre, Aberhaven');
    expect(tree.page.logo?.alt).toBe('Aberhaven Council logo');
  });

  it('uses the plain brand and "Notes to editors" defaults, and a custom notes heading when set', () => {
    const plain = compose({ project: project({ brand: undefined }, { notesHeading: 'More information' }), images });
    const texts = plain.blocks.map(textOf);
    expect(texts[0]).toBe('News release');
    expect(texts).toContain('More information');
    expect(plain.page.logo).toBeUndefined();
  });

  it('strips characters Word refuses from every field', () => {
    const tree = compose({ project: project({}, { headline: 'Bad\u0007 headline' }), images });
    expect(tree.meta.title).toBe('Bad headline');
  });

  it('takes off quotation marks people typed, but keeps a quotation inside the quote', () => {
    const quotes = (paragraphs: string[]) =>
      compose({ project: project({}, { body: [{ type: 'quote', speakers: ['se'], paragraphs, approval: null }] }), images })
        .blocks.filter((block) => block.kind === 'quote')
        .flatMap((block) => block.paragraphs.map(plainText));
    expect(quotes(['“We are delighted.”'])).toEqual(['“We are delighted.”']);
    expect(quotes(['He called it "the best" wall'])).toEqual(['“He called it "the best" wall”']);
    expect(quotes(['It was "the best"'])).toEqual(['“It was "the best"”']);
    expect(quotes(['“First.', '“Second.”'])).toEqual(['“First.', '“Second.”']);
  });

  it('labels a picture credit unless it already says what it is', () => {
    const credits = ['A. Photographer', 'Illustration: Aberhaven Council'].map((credit) => {
      const tree = compose({ project: project({}, { body: [{ type: 'image', src: 'assets/wall.png', alt: 'Wall', credit }] }), images });
      const image = tree.blocks.find((block) => block.kind === 'image');
      return image?.kind === 'image' ? plainText(image.credit ?? []) : '';
    });
    expect(credits).toEqual(['Picture: A. Photographer', 'Illustration: Aberhaven Council']);
  });

  it('lists the pictures to load first', () => {
    expect(imagePaths(project())).toEqual(['assets/logo.png', 'assets/wall.png']);
  });
});
