import type { Run } from '../doc-tree';
import { hasInlineMarkup, inlineTokens, isFollowableLink } from '../model';
import { cleanText } from './clean-text';

/** Parses one paragraph of inline text into runs with their marks, merging neighbours with equal marks. */
export function parseInline(source: string): Run[] {
  const text = cleanText(source);
  // Most paragraphs have no markup: their one run is the text as it is, which is what markdown-it makes of it
  // (inline.test.ts checks that the two agree), without parsing: a cold export of a long release saves ~20 ms.
  if (!hasInlineMarkup(text)) return text === '' ? [] : [{ text }];
  return markdownRuns(text);
}

/** The runs of cleaned inline text as markdown-it parses it: parseInline's way for text with markup. */
export function markdownRuns(text: string): Run[] {
  const tokens = inlineTokens(text);
  const runs: Run[] = [];
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open': {
        const href = token.attrGet('href') ?? '';
        // The model reports links a reader cannot follow; if one gets here anyway, its words stay, unlinked.
        links.push(isFollowableLink(href) ? href : undefined);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      default:
        if (token.content) push(runs, { text: token.content, bold: bold > 0, italic: italic > 0, link: links.at(-1) });
    }
  }
  return runs;
}

function push(runs: Run[], run: { text: string; bold: boolean; italic: boolean; link: string | undefined }): void {
  const last = runs.at(-1);
  if (last && !!last.bold === run.bold && !!last.italic === run.italic && last.link === run.link) {
    runs[runs.length - 1] = { ...last, text: last.text + run.text };
    return;
  }
  runs.push({
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italic: true } : {}),
    ...(run.link ? { link: run.link } : {}),
  });
}

/** Plain text of runs (for document metadata and search). */
export const plainText = (runs: readonly Run[]): string => runs.map((run) => run.text).join('');

/** A run of literal text (no Markdown), cleaned. */
export const textRuns = (text: string, marks: Omit<Run, 'text'> = {}): Run[] => [{ text: cleanText(text), ...marks }];
