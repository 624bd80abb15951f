import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocTree } from '../doc-tree';
import { readDocx } from '../testing/readers';
import { renderDocx } from '.';

/** Welsh, Gaelic, Arabic, emoji and XML's own special characters survive the trip through Word's format. */

const WELSH = 'Bydd y cyngor yn adeiladu tŵr newydd ger y dŷ, ŵyr ac ŷd: Ŵ Ŷ';
const GAELIC = 'Comhairle nan Eilean Siar: fàilte, cèilidh, òran, ùr, ì';
const ARABIC = 'مرحبا بكم في المجلس';
const EMOJI = 'Open day 🎉 for families 👨‍👩‍👧 and 🏳️‍🌈 flags';
const XML = 'Tom & Jerry <say> "hello" \'there\' ]]> &amp;';
const ASTRAL = '𝐀 math and 𠀋 CJK extension B';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pressdesk-render-docx-unicode-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tree: DocTree = {
  meta: { title: `Tŵr newydd 🎉 ${XML}`, subject: GAELIC, author: 'Cyngor Sir Ynys Môn', language: 'cy-GB', keywords: 'tŵr, ŷd' },
  page: { footerLine: `Cyngor Sir Ynys Môn · ${ARABIC}`, draftMark: 'DRAFFT – HEB EI GYMERADWYO' },
  theme: { colours: { primary: '#003366', accent: '#0b6e4f', text: '#1a1a1a' }, fonts: { heading: 'Arial', body: 'Arial' } },
  blocks: [
    { kind: 'heading', level: 1, runs: [{ text: WELSH }] },
    { kind: 'paragraph', style: 'normal', runs: [{ text: GAELIC }] },
    { kind: 'paragraph', style: 'normal', runs: [{ text: ARABIC }] },
    { kind: 'paragraph', style: 'normal', runs: [{ text: EMOJI, bold: true }] },
    { kind: 'paragraph', style: 'normal', runs: [{ text: XML, link: 'https://example.org/?a=1&b=2' }] },
    { kind: 'list', ordered: false, items: [[{ text: ASTRAL }]] },
    { kind: 'quote', attribution: [{ text: 'Y Cynghorydd Siân Ŵyn, said:' }], paragraphs: [[{ text: `“${WELSH}”` }]] },
    { kind: 'table', header: [[{ text: 'Iaith' }], [{ text: 'Testun' }]], rows: [[[{ text: 'Cymraeg' }], [{ text: WELSH }]], [[{ text: 'عربي' }], [{ text: ARABIC }]]] },
    { kind: 'paragraph', style: 'normal', runs: [{ text: 'Line one\nline two' }] },
  ],
};

describe('renderDocx: any Unicode', () => {
  it('round-trips Welsh, Gaelic, Arabic, emoji, astral characters and XML specials through python-docx', async () => {
    const path = join(dir, 'unicode.docx');
    await writeFile(path, await renderDocx(tree));
    const docx = await readDocx(path);
    expect(docx.paragraphs.map((p) => p.text)).toEqual([
      WELSH,
      GAELIC,
      ARABIC,
      EMOJI,
      XML,
      ASTRAL,
      'Y Cynghorydd Siân Ŵyn, said:',
      `“${WELSH}”`,
      'Line one\nline two',
    ]);
    expect(docx.tables[0]?.rows).toEqual([
      ['Iaith', 'Testun'],
      ['Cymraeg', WELSH],
      ['عربي', ARABIC],
    ]);
    expect(docx.hyperlinks[0]).toMatchObject({ text: XML, url: 'https://example.org/?a=1&b=2' });
    expect(docx.core).toMatchObject({ title: `Tŵr newydd 🎉 ${XML}`, subject: GAELIC, author: 'Cyngor Sir Ynys Môn', keywords: 'tŵr, ŷd', language: 'cy-GB' });
    expect(docx.footers[0]?.[0]).toBe(`Cyngor Sir Ynys Môn · ${ARABIC}`);
    expect(docx.headers[0]).toEqual(['DRAFFT – HEB EI GYMERADWYO']);
  });

  it('drops characters XML cannot hold from the properties rather than writing a broken file', async () => {
    const path = join(dir, 'control.docx');
    await writeFile(path, await renderDocx({ ...tree, meta: { ...tree.meta, title: 'Bell\u0007 and \uFFFE lone \uD800 surrogate' } }));
    expect((await readDocx(path)).core.title).toBe('Bell and  lone  surrogate');
  });
});
