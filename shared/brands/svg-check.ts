/*
 * Whether an SVG logo is safe to keep and embed: nothing that runs (scripts, event attributes, web content inside
 * the picture) and nothing that reaches outside the file (links, style sheets, entities). Pure: text in, reasons out.
 *
 * No XML parser is a direct dependency, so this is a small tokenizer of its own that fails closed: whatever it does
 * not understand (a tag it cannot read, an entity it does not know, a DOCTYPE with declarations) is a reason to refuse,
 * so a trick that confuses it makes the file refused, never accepted. Names are compared without case or prefix
 * (`<SVG:Script>` is a script here), more strictly than XML itself, because a browser reading the same file inline is
 * not case-sensitive.
 */

/** How deep SVG pictures inside data: URIs are checked; a logo never needs more than one level. */
const MAX_NESTING = 2;

const SCRIPT_ELEMENTS = new Set(['script', 'handler', 'listener']);
const EMBED_ELEMENTS = new Set(['iframe', 'embed', 'object', 'audio', 'video']);
const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
/** Raster pictures a data: URI may carry; an SVG one is checked in turn. */
const DATA_IMAGES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/webp']);
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Why the SVG cannot be used as a logo, each completing "it …" ("contains a script (<script>)"); empty when it can.
 * Accepts the file's bytes (UTF-8) or its text.
 */
export function svgProblems(svg: string | Uint8Array): string[] {
  return check(svg, 0);
}

function check(svg: string | Uint8Array, depth: number): string[] {
  let text: string;
  if (typeof svg === 'string') text = svg;
  else {
    if (svg[0] === 0xfe || svg[0] === 0xff) return ['is saved as UTF-16 text; save it again as UTF-8 (the usual setting)'];
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(svg);
    } catch {
      return ['is not readable text (SVG files are text, saved as UTF-8)'];
    }
  }
  const found = new Reasons();
  try {
    scan(text.replace(/^\uFEFF/, ''), found, depth);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    found.add(`is not a well-formed SVG file (${error.message}, line ${lineOf(text, error.at)})`);
  }
  return found.list();
}

/** Reasons in the order found, each once. */
class Reasons {
  private readonly seen = new Set<string>();
  add(reason: string): void {
    this.seen.add(reason);
  }
  list(): string[] {
    return [...this.seen];
  }
}

class Malformed extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;

/** `svg:Script` → `script`: the local name, lower case. */
const localName = (name: string): string => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

const NAME = /[^\s/>=<"'&]+/y;
const SPACE = /[ \t\r\n]*/y;

function scan(text: string, found: Reasons, depth: number): void {
  const open: string[] = [];
  let sawRoot = false;
  /** The text of the <style> element being read, if inside one. */
  let style: string | undefined;
  let at = 0;

  const expect = (literal: string): void => {
    if (!text.startsWith(literal, at)) throw new Malformed(`expected "${literal}"`, at);
    at += literal.length;
  };
  const skipSpace = (): void => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (match === null) throw new Malformed('a tag or attribute has no name', at);
    at = NAME.lastIndex;
    return match[0];
  };
  const until = (end: string, what: string): string => {
    const close = text.indexOf(end, at);
    if (close === -1) throw new Malformed(`${what} is never closed`, at);
    const inner = text.slice(at, close);
    at = close + end.length;
    return inner;
  };

  while (at < text.length) {
    if (text.startsWith('<!--', at)) {
      at += 4;
      until('-->', 'a comment');
    } else if (text.startsWith('<![CDATA[', at)) {
      at += 9;
      const inner = until(']]>', 'a CDATA section');
      if (style !== undefined) style += inner;
    } else if (/^<!doctype/i.test(text.slice(at, at + 9))) {
      at = readDoctype(text, at, found);
    } else if (text.startsWith('<?', at)) {
      at += 2;
      const instruction = until('?>', 'a processing instruction');
      const target = instruction.trim().split(/\s/)[0]?.toLowerCase() ?? '';
      if (target === 'xml-stylesheet') found.add('links a style sheet from another file (<?xml-stylesheet?>)');
    } else if (text.startsWith('</', at)) {
      const start = at;
      at += 2;
      const name = readName();
      skipSpace();
      expect('>');
      if (open.pop() !== name) throw new Malformed(`</${name}> does not close the element open there`, start);
      if (localName(name) === 'style' && style !== undefined) {
        cssProblems(style, 'its styles', found, depth);
        style = undefined;
      }
    } else if (text[at] === '<') {
      const start = at;
      at += 1;
      const name = readName();
      const element = localName(name);
      if (!sawRoot && element !== 'svg') throw new Malformed(`it starts with <${name}>, not <svg>`, start);
      if (sawRoot && open.length === 0) throw new Malformed('there is more after the closing </svg>', start);
      sawRoot = true;
      const attributes = readAttributes();
      checkElement(name, element, attributes, found, depth);
      skipSpace();
      if (text.startsWith('/>', at)) at += 2;
      else {
        expect('>');
        open.push(name);
        if (element === 'style') style = '';
      }
    } else {
      const next = text.indexOf('<', at);
      const end = next === -1 ? text.length : next;
      const content = decodeEntities(text.slice(at, end), at);
      if (open.length === 0 && content.trim() !== '') throw new Malformed('there is text outside the <svg> element', at);
      if (style !== undefined) style += content;
      at = end;
    }
  }
  if (!sawRoot) throw new Malformed('there is no <svg> element', 0);
  if (open.length > 0) throw new Malformed(`<${open[open.length - 1]}> is never closed`, text.length);

  function readAttributes(): Map<string, string> {
    const attributes = new Map<string, string>();
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith('/>', at) || text[at] === '>') return attributes;
      if (at === before) throw new Malformed('attributes must be separated by spaces', at);
      const name = readName();
      skipSpace();
      expect('=');
      skipSpace();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") throw new Malformed(`the value of ${name} is not in quotes`, at);
      at += 1;
      const valueAt = at;
      const raw = until(quote, `the value of ${name}`);
      if (raw.includes('<')) throw new Malformed(`the value of ${name} contains "<"`, valueAt);
      if (attributes.has(name)) throw new Malformed(`${name} is given twice`, valueAt);
      attributes.set(name, decodeEntities(raw, valueAt));
    }
  }
}

/**
 * A DOCTYPE naming the SVG DTD (as Illustrator and Inkscape write) is harmless: nothing fetches it. One with an
 * internal subset (`[ … ]`) can declare entities that hide markup or read other files, so it is refused.
 * Returns where the DOCTYPE ends.
 */
function readDoctype(text: string, at: number, found: Reasons): number {
  let quote: string | undefined;
  for (let index = at; index < text.length; index++) {
    const character = text[index];
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '[') {
      found.add('declares its own entities (<!DOCTYPE … [ … ]>), which can pull in other files');
      throw new Malformed('Pressdesk does not read entity declarations', index);
    } else if (character === '>') return index + 1;
  }
  throw new Malformed('the <!DOCTYPE> is never closed', at);
}

/** Replaces the five predefined entities and numeric references; any other entity needs a DTD, so it is refused. */
function decodeEntities(raw: string, at: number): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, body: string, offset: number) => {
    if (!whole.endsWith(';')) throw new Malformed('an "&" does not start an entity such as &amp;', at + offset);
    const predefined = PREDEFINED[body];
    if (predefined !== undefined) return predefined;
    const numeric = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    const code = numeric === null ? Number.NaN : numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
    if (Number.isNaN(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw new Malformed(`the entity &${body}; is not one Pressdesk knows`, at + offset);
    }
    return String.fromCodePoint(code);
  });
}

function checkElement(name: string, element: string, attributes: ReadonlyMap<string, string>, found: Reasons, depth: number): void {
  if (SCRIPT_ELEMENTS.has(element)) found.add(`contains a script (<${name}>)`);
  if (element === 'foreignobject') found.add(`contains web page content (<${name}>), which can run scripts and load other files`);
  if (EMBED_ELEMENTS.has(element)) found.add(`embeds other content (<${name}>)`);
  for (const [attribute, value] of attributes) {
    const lower = attribute.toLowerCase();
    if (lower === 'xmlns' || lower.startsWith('xmlns:')) continue;
    const local = localName(attribute);
    if (local.startsWith('on')) found.add(`runs a script when something happens (the ${attribute} attribute of <${name}>)`);
    if (local === 'href' || local === 'src') urlProblem(value, `the ${attribute} of <${name}>`, found, depth);
    if (ANIMATION_ELEMENTS.has(element) && local === 'attributename') {
      const target = localName(value.trim());
      if (target === 'href' || target === 'src' || target.startsWith('on')) found.add(`changes a link or script as it animates (<${name} attributeName="${value}">)`);
    }
    cssProblems(value, `the ${attribute} of <${name}>`, found, depth);
  }
}

/** A reference is fine when it points into the same file (`#id`) or carries a picture itself (`data:image/png…`). */
function urlProblem(url: string, where: string, found: Reasons, depth: number): void {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return;
  const data = /^data:([^,;]*)((?:;[^,;]*)*),([\s\S]*)$/i.exec(trimmed);
  if (data !== null) {
    const type = (data[1] ?? '').trim().toLowerCase();
    if (DATA_IMAGES.has(type)) return;
    if (type === 'image/svg+xml') {
      nestedSvgProblems(data[3] ?? '', /;base64/i.test(data[2] ?? ''), where, found, depth);
      return;
    }
    found.add(`carries a file that is not a picture (${type || 'of no stated type'}, in ${where})`);
    return;
  }
  found.add(`links to ${JSON.stringify(shorten(trimmed))} (${where}); a logo must hold everything it shows`);
}

function nestedSvgProblems(payload: string, base64: boolean, where: string, found: Reasons, depth: number): void {
  if (depth + 1 >= MAX_NESTING) {
    found.add(`holds SVG pictures inside SVG pictures too deeply (in ${where})`);
    return;
  }
  let inner: string;
  try {
    inner = base64 ? new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(payload.replace(/\s/g, '')), (c) => c.charCodeAt(0))) : decodeURIComponent(payload);
  } catch {
    found.add(`holds an SVG picture that cannot be read (in ${where})`);
    return;
  }
  for (const reason of check(inner, depth + 1)) found.add(`holds an SVG picture (in ${where}) that ${reason}`);
}

/**
 * References in CSS, whether in a <style> element, a style attribute or a presentation attribute (fill="url(#g)").
 * Comments are removed and escapes decoded first, so `u\72l(` and `@\69mport` are seen for what they are.
 */
function cssProblems(css: string, where: string, found: Reasons, depth: number): void {
  if (!/[\\@(]/.test(css)) return;
  const plain = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-fA-F]{1,6})[ \t\r\n]?/g, (_, hex: string) => {
      const code = parseInt(hex, 16);
      return code === 0 || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
    })
    .replace(/\\([\s\S])/g, '$1');
  if (/@import/i.test(plain)) found.add(`loads styles from another file (@import, in ${where})`);
  if (/image-set\s*\(/i.test(plain)) found.add(`chooses pictures from other files (image-set, in ${where})`);
  const opening = /url\s*\(/gi;
  for (let match = opening.exec(plain); match !== null; match = opening.exec(plain)) {
    let at = opening.lastIndex;
    while (/\s/.test(plain[at] ?? '')) at++;
    const quote = plain[at];
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = plain.indexOf(quote, at + 1);
      value = plain.slice(at + 1, end === -1 ? plain.length : end);
    } else {
      const end = plain.indexOf(')', at);
      value = plain.slice(at, end === -1 ? plain.length : end);
    }
    urlProblem(value, where, found, depth);
  }
}

const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
