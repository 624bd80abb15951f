import type { Brand } from '../model';
import { isFontFile } from './library-brand';

/*
 * What "Update to latest brand" changes in a project, as plain-English lines for the person who asked: the project's
 * brand snapshot before, and the brand it gets now. Files are compared by what they hold, not their names (the
 * project's copy is assets/brand/logo-3f9a0c1d.svg, the library's logo.svg), through `fileKey`.
 */

export interface DiffOptions {
  /**
   * What identifies a file's contents (a hash), by which side refers to it and how; files with equal keys are the
   * same file. Without it, files are compared by name.
   */
  readonly fileKey?: (side: 'before' | 'after', file: string) => string;
}

/** Colours and labels as people name them. */
const COLOURS = [
  ['primary', 'Primary colour'],
  ['accent', 'Accent colour'],
  ['text', 'Text colour'],
] as const;
const DEFAULT_LABEL = 'News release';

export function brandChanges(before: Brand, after: Brand, options: DiffOptions = {}): string[] {
  const key = options.fileKey ?? ((_side, file) => file);
  const sameFile = (a: string | undefined, b: string | undefined): boolean =>
    a === undefined || b === undefined ? a === b : key('before', a) === key('after', b);
  const lines: string[] = [];

  if (before.name !== after.name) lines.push(`Organisation name ${quote(before.name)} → ${quote(after.name)}`);
  const labelBefore = text(before.label) ?? DEFAULT_LABEL;
  const labelAfter = text(after.label) ?? DEFAULT_LABEL;
  if (labelBefore !== labelAfter) lines.push(`Release label ${quote(labelBefore)} → ${quote(labelAfter)}`);

  if (!sameFile(before.logo, after.logo)) lines.push(before.logo === undefined ? 'Logo added' : after.logo === undefined ? 'Logo removed' : 'Logo changed');

  for (const [field, label] of COLOURS) {
    const was = before.colours[field].toLowerCase();
    const now = after.colours[field].toLowerCase();
    if (was !== now) lines.push(`${label} ${was} → ${now}`);
  }

  for (const [field, label] of [
    ['heading', 'Heading font'],
    ['body', 'Body font'],
  ] as const) {
    const was = before.fonts?.[field];
    const now = after.fonts?.[field];
    const same = was !== undefined && now !== undefined && isFontFile(was) && isFontFile(now) ? sameFile(was, now) : was === now;
    if (!same) lines.push(`${label} ${fontName(was)} → ${fontName(now)}`);
  }

  lines.push(...partnerChanges(before.partners ?? [], after.partners ?? [], sameFile));

  const about = (brand: Brand): string => (brand.boilerplate ?? []).join('\n');
  if (about(before) !== about(after)) lines.push(changed('"About the organisation" text', about(before), about(after)));
  if ((text(before.footer) ?? '') !== (text(after.footer) ?? '')) lines.push(changed('Footer line', text(before.footer) ?? '', text(after.footer) ?? ''));
  return lines;
}

type Partner = NonNullable<Brand['partners']>[number];

function partnerChanges(before: readonly Partner[], after: readonly Partner[], sameFile: (a?: string, b?: string) => boolean): string[] {
  const lines: string[] = [];
  const was = new Map(before.map((partner) => [partner.name, partner]));
  const now = new Map(after.map((partner) => [partner.name, partner]));
  for (const [name, partner] of now) {
    const old = was.get(name);
    if (old === undefined) lines.push(`Partner logos: ${name} added`);
    else if (!sameFile(old.logo, partner.logo)) lines.push(`Partner logos: ${name}'s logo ${old.logo === undefined ? 'added' : partner.logo === undefined ? 'removed' : 'changed'}`);
  }
  for (const name of was.keys()) if (!now.has(name)) lines.push(`Partner logos: ${name} removed`);
  const order = (partners: Iterable<string>): string => [...partners].filter((name) => was.has(name) && now.has(name)).join('\n');
  if (lines.length === 0 && order(was.keys()) !== order(now.keys())) lines.push('Partner logos: order changed');
  return lines;
}

const text = (value: string | null | undefined): string | undefined => (value === null || value === undefined || value.trim() === '' ? undefined : value);
const quote = (value: string): string => `“${value}”`;
const changed = (what: string, was: string, now: string): string => (was === '' ? `${what} added` : now === '' ? `${what} removed` : `${what} changed`);

/** A bundled font by its name, a font file by its name without the folder or the hash Pressdesk adds. */
function fontName(font: string | undefined): string {
  if (font === undefined) return 'the default';
  if (!isFontFile(font)) return font;
  const file = font.slice(font.lastIndexOf('/') + 1);
  return file.replace(/-[0-9a-f]{8}(\.[^.]+)$/i, '$1');
}
