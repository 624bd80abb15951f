/**
 * A hand-built document tree with one of everything a renderer must handle, for render-docx and render-pdf tests.
 * Built by hand rather than by compose, so a renderer's tests do not depend on the editorial rules.
 */
import sharp from 'sharp';
import type { Block, DocTree, ImageData } from '../doc-tree';

/** A flat-colour PNG made with sharp, as the tree carries images: normalised bytes with their pixel size. */
export const solidPng = async (width: number, height: number, background = '#336699'): Promise<ImageData> => ({
  bytes: new Uint8Array(await sharp({ create: { width, height, channels: 3, background } }).png().toBuffer()),
  format: 'png',
  widthPx: width,
  heightPx: height,
});

export const SAMPLE = {
  label: 'News release',
  meta: 'Date: 24 May 2023 · Ref: SBC-0524',
  embargo: 'EMBARGOED UNTIL 00:01 WEDNESDAY 24 MAY 2023',
  headline: 'New homes for Aberhaven',
  standfirst: 'The council has approved 120 affordable homes on the old harbour site.',
  intro: 'Work starts in the autumn on the first 40 homes.',
  subheading: 'What happens next',
  bullets: ['Site clearance in September', 'Foundations by Christmas'],
  firstNumbered: ['Read the plans', 'Comment by 30 June'],
  secondNumbered: ['Attend the drop-in', 'Ask the housing team'],
  attribution: 'Councillor Jane Smith, Cabinet Member for Housing, said:',
  quote: ['“These homes are for local families.', 'They are built to last.”'],
  imageAlt: 'Artist’s impression of the new homes beside the harbour',
  caption: 'How the harbour homes will look',
  credit: 'Picture: Aberhaven Council',
  linkText: 'the planning portal',
  linkUrl: 'https://planning.example.gov.uk/applications/2023/0524',
  tableHeader: ['Phase', 'Homes', 'Start'],
  tableRows: [
    ['One', '40', 'Autumn 2023'],
    ['Two', '80', 'Spring 2024'],
  ],
  ends: 'ENDS',
  contact: 'Media contact: Press Office, 01234 567890, press@aberhaven.gov.uk',
  logoAlt: 'Aberhaven Council logo',
  footerLine: 'Aberhaven Council, Harbour Road, Aberhaven AB1 2CD',
  draftMark: 'DRAFT – NOT APPROVED FOR ISSUE',
  title: 'New homes for Aberhaven',
  subject: 'News release',
  author: 'Aberhaven Council',
  keywords: 'housing, harbour',
} as const;

const text = (value: string) => [{ text: value }];

/** The blocks of the sample, in the order a release has them. */
export const sampleBlocks = (picture: ImageData, decorative: ImageData): Block[] => [
  { kind: 'paragraph', style: 'label', runs: text(SAMPLE.label) },
  { kind: 'paragraph', style: 'meta', runs: text(SAMPLE.meta) },
  { kind: 'paragraph', style: 'embargo', runs: text(SAMPLE.embargo) },
  { kind: 'heading', level: 1, runs: text(SAMPLE.headline) },
  { kind: 'paragraph', style: 'standfirst', runs: text(SAMPLE.standfirst) },
  {
    kind: 'paragraph',
    style: 'normal',
    runs: [{ text: SAMPLE.intro }, { text: ' See ' }, { text: SAMPLE.linkText, link: SAMPLE.linkUrl }, { text: ', or ' }, { text: 'call us', bold: true }, { text: '.' }],
  },
  { kind: 'heading', level: 2, runs: text(SAMPLE.subheading) },
  { kind: 'list', ordered: false, items: SAMPLE.bullets.map(text) },
  { kind: 'list', ordered: true, items: SAMPLE.firstNumbered.map(text) },
  { kind: 'paragraph', style: 'normal', runs: text('Between the lists.') },
  { kind: 'list', ordered: true, items: SAMPLE.secondNumbered.map(text) },
  { kind: 'quote', attribution: text(SAMPLE.attribution), paragraphs: SAMPLE.quote.map(text) },
  { kind: 'image', image: picture, alt: SAMPLE.imageAlt, decorative: false, caption: text(SAMPLE.caption), credit: text(SAMPLE.credit) },
  { kind: 'image', image: decorative, alt: '', decorative: true },
  { kind: 'table', header: SAMPLE.tableHeader.map(text), rows: SAMPLE.tableRows.map((row) => row.map(text)) },
  { kind: 'paragraph', style: 'ends', runs: text(SAMPLE.ends) },
  { kind: 'paragraph', style: 'contact', runs: text(SAMPLE.contact) },
];

export interface SampleOptions {
  readonly draft?: boolean;
  readonly logo?: boolean;
}

/** The sample tree: an 800 × 400 picture, a decorative rule, a logo, a footer line and (by default) a DRAFT mark. */
export const sampleDocTree = async ({ draft = true, logo = true }: SampleOptions = {}): Promise<DocTree> => {
  const [picture, rule, logoImage] = await Promise.all([solidPng(800, 400), solidPng(600, 8, '#cc9900'), solidPng(400, 160, '#003366')]);
  return {
    meta: { title: SAMPLE.title, subject: SAMPLE.subject, author: SAMPLE.author, language: 'en-GB', keywords: SAMPLE.keywords },
    page: {
      ...(logo ? { logo: { image: logoImage, alt: SAMPLE.logoAlt } } : {}),
      footerLine: SAMPLE.footerLine,
      ...(draft ? { draftMark: SAMPLE.draftMark } : {}),
    },
    theme: {
      colours: { primary: '#003366', accent: '#0b6e4f', text: '#1a1a1a' },
      fonts: { heading: 'Arial', body: 'Arial' },
    },
    blocks: sampleBlocks(picture, rule),
  };
};
