import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { xmpPacket } from './xmp';

const FIELDS = {
  title: 'Café & <Pier> "reopens"\u0007 – ŵ',
  author: 'Cyngor Sir Ynys Môn',
  subject: 'Press release',
  lang: 'en-GB',
  tool: 'Pressdesk',
  date: new Date('2025-03-04T10:20:30.456Z'),
};

describe('xmpPacket', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = xmpPacket(FIELDS);
    expect(xml).toContain('<rdf:li xml:lang="x-default">Café &amp; &lt;Pier&gt; &quot;reopens&quot; – ŵ</rdf:li>');
    expect(xml).not.toContain('\u0007');
  });

  it('gives dates in whole seconds, UTC, like the Info dictionary', () => {
    expect(xmpPacket(FIELDS)).toContain('<xmp:CreateDate>2025-03-04T10:20:30Z</xmp:CreateDate>');
  });

  it('leaves keywords out when there are none', () => {
    expect(xmpPacket(FIELDS)).not.toContain('pdf:Keywords');
    expect(xmpPacket({ ...FIELDS, keywords: 'pier, ferry' })).toContain('<pdf:Keywords>pier, ferry</pdf:Keywords>');
  });

  it('is well-formed XML that an XML parser reads back', () => {
    const script = [
      'import sys, xml.etree.ElementTree as E',
      'root = E.fromstring(sys.stdin.buffer.read())',
      "ns = {'dc': 'http://purl.org/dc/elements/1.1/', 'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'}",
      "print(root.find('.//dc:title/rdf:Alt/rdf:li', ns).text)",
      "print(root.find('.//dc:language/rdf:Bag/rdf:li', ns).text)",
    ].join('\n');
    const result = spawnSync('/usr/bin/python3', ['-c', script], { input: xmpPacket(FIELDS), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('Café & <Pier> "reopens" – ŵ\nen-GB\n');
  });
});
