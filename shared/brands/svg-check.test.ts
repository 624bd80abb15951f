import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { svgProblems } from './svg-check';

const svg = (inner: string, attributes = ''): string => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}</svg>`;
const base64 = (text: string): string => Buffer.from(text).toString('base64');

describe('svgProblems', () => {
  it('accepts plain drawings, same-file references, data pictures and the usual editor preamble', () => {
    expect(svgProblems(svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" style="fill: url( \'#g\' )" width="10" height="10"/>'))).toEqual([]);
    expect(svgProblems(svg('<use href="#a"/><use xlink:href=" #a "/><image href="data:image/png;base64,iVBORw0KGgo="/>'))).toEqual([]);
    const illustrator =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: an editor -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      svg('<style><![CDATA[ .a { fill: #0b4f6c } ]]></style><title>A &amp; B &#x0175;</title><path class="a" d="M0 0h1"/>') +
      '\n';
    expect(svgProblems(new TextEncoder().encode(illustrator))).toEqual([]);
  });

  it('accepts the built-in brand logo', () => {
    const logo = readFileSync(fileURLToPath(new URL('../../resources/brands/aberhaven-council/logo.svg', import.meta.url)));
    expect(svgProblems(logo)).toEqual([]);
  });

  it('refuses scripts whatever their case, prefix or wrapping', () => {
    expect(svgProblems(svg('<script>alert(1)</script>'))).toEqual(['contains a script (<script>)']);
    expect(svgProblems(svg('<SCRIPT><![CDATA[alert(1)]]></SCRIPT>'))).toEqual(['contains a script (<SCRIPT>)']);
    expect(svgProblems(svg('<svg:script xmlns:svg="http://www.w3.org/2000/svg"/>'))).toEqual(['contains a script (<svg:script>)']);
    expect(svgProblems(svg('<handler/>'))).toEqual(['contains a script (<handler>)']);
  });

  it('refuses event attributes, in any case and with spaces around the "="', () => {
    expect(svgProblems(svg('', ' onload="alert(1)"'))).toEqual(['runs a script when something happens (the onload attribute of <svg>)']);
    expect(svgProblems(svg('<rect OnClick = \'x()\' />'))).toEqual(['runs a script when something happens (the OnClick attribute of <rect>)']);
  });

  it('refuses foreignObject and embedded content', () => {
    expect(svgProblems(svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'))).toEqual([
      'contains web page content (<foreignObject>), which can run scripts and load other files',
    ]);
    expect(svgProblems(svg('<iframe/>'))).toEqual(['embeds other content (<iframe>)']);
  });

  it('refuses links out of the file, however they are spelled', () => {
    const linked = (inner: string): string[] => svgProblems(svg(inner));
    expect(linked('<image href="https://example.org/a.png"/>')).toEqual([
      'links to "https://example.org/a.png" (the href of <image>); a logo must hold everything it shows',
    ]);
    expect(linked('<image xlink:href="logo.png"/>')[0]).toContain('links to "logo.png" (the xlink:href of <image>)');
    // Entities decoded before checking: &#x6A; is "j".
    expect(linked('<a href="&#x6A;avascript:alert(1)"><rect/></a>')[0]).toContain('links to "javascript:alert(1)"');
    expect(linked('<a href="  java\tscript:x"><rect/></a>')[0]).toContain('links to');
    expect(linked('<use href="other.svg#a"/>')[0]).toContain('"other.svg#a"');
    expect(linked('<rect filter="url(other.svg#f)"/>')[0]).toContain('links to "other.svg#f" (the filter of <rect>)');
    expect(linked('<rect style="fill:URL ( &quot;http://x.example/p&quot; )"/>')[0]).toContain('"http://x.example/p"');
    // CSS escapes and comments: u\72l is "url".
    expect(linked('<style>.a{background:u\\72l(http://x.example/a)}</style>')[0]).toContain('"http://x.example/a" (its styles)');
    expect(linked('<style><![CDATA[@\\69mport "x.css";]]></style>')).toEqual(['loads styles from another file (@import, in its styles)']);
    expect(linked('<style>@import url(#a);</style>')).toContain('loads styles from another file (@import, in its styles)');
    expect(linked('<set attributeName="xlink:href" to="#a"/>')).toEqual(['changes a link or script as it animates (<set attributeName="xlink:href">)']);
  });

  it('checks SVG pictures carried inside data URIs, and refuses other data', () => {
    expect(svgProblems(svg(`<image href="data:image/svg+xml;base64,${base64(svg('<circle r="1"/>'))}"/>`))).toEqual([]);
    expect(svgProblems(svg(`<image href="data:image/svg+xml;base64,${base64(svg('<script/>'))}"/>`))).toEqual([
      'holds an SVG picture (in the href of <image>) that contains a script (<script>)',
    ]);
    expect(svgProblems(svg(`<image href="data:image/svg+xml,${encodeURIComponent(svg('<image href="http://x.example/"/>'))}"/>`))[0]).toContain(
      'holds an SVG picture (in the href of <image>) that links to "http://x.example/"',
    );
    expect(svgProblems(svg('<a href="data:text/html,&lt;script&gt;"><rect/></a>'))).toEqual(['carries a file that is not a picture (text/html, in the href of <a>)']);
  });

  it('refuses entity declarations and unknown entities, which could hide any of the above', () => {
    const declared = '<?xml version="1.0"?><!DOCTYPE svg [ <!ENTITY s "<script>x</script>"> ]>' + svg('&s;');
    expect(svgProblems(declared)[0]).toBe('declares its own entities (<!DOCTYPE … [ … ]>), which can pull in other files');
    expect(svgProblems(svg('<text>&s;</text>'))[0]).toMatch(/^is not a well-formed SVG file \(the entity &s; is not one Pressdesk knows, line 1\)$/);
    expect(svgProblems(svg('<text>fish & chips</text>'))[0]).toContain('is not a well-formed SVG file');
  });

  it('refuses what is not an SVG, or is not well formed, rather than guessing', () => {
    expect(svgProblems('<html><svg/></html>')).toEqual(['is not a well-formed SVG file (it starts with <html>, not <svg>, line 1)']);
    expect(svgProblems(svg('<rect>'))[0]).toContain('is not a well-formed SVG file');
    expect(svgProblems(svg('<rect width=10/>'))[0]).toContain('the value of width is not in quotes');
    expect(svgProblems(svg('<rect a="1"b="2"/>'))[0]).toContain('attributes must be separated by spaces');
    expect(svgProblems(svg('<rect a="1" a="2"/>'))[0]).toContain('a is given twice');
    expect(svgProblems(svg('< script>x</script>'))[0]).toContain('is not a well-formed SVG file');
    expect(svgProblems(`${svg('')}<script/>`)[0]).toContain('there is more after the closing </svg>');
    expect(svgProblems('hello')[0]).toContain('is not a well-formed SVG file');
    expect(svgProblems(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toEqual(['is saved as UTF-16 text; save it again as UTF-8 (the usual setting)']);
    expect(svgProblems(new Uint8Array([0x3c, 0xc3, 0x28]))).toEqual(['is not readable text (SVG files are text, saved as UTF-8)']);
  });
});
