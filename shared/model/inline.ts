import MarkdownIt from 'markdown-it';

/**
 * The format's inline subset (**bold**, *italic*, [text](https://…)) as markdown-it parses it, with every
 * rule off except emphasis, links and backslash escapes: no HTML, no headings, no code, no autolinks, no
 * entities. The grammar belongs to the format, so it lives in the model: the checks and compose both use it.
 */
const markdown = new MarkdownIt('zero').enable(['emphasis', 'link', 'escape']);
// markdown-it silently turns links it distrusts (javascript:, file:) into literal "[text](url)"; we would
// rather parse every link and judge the target ourselves, with a message (see linkProblem).
markdown.validateLink = () => true;

export type InlineToken = ReturnType<typeof markdown.parseInline>[number]['children'] extends (infer T)[] | null ? T : never;

/**
 * Paragraphs parsed lately, by their text. An export parses each paragraph with markup twice, once to check its links
 * and once to compose it, and an app's preview parses the same paragraphs at every keystroke; markdown-it is the
 * largest part of checking a long release at a cold start. Bounded: cleared when full.
 */
const parsed = new Map<string, readonly InlineToken[]>();
const MAX_PARSED = 4096;

/** markdown-it's inline tokens for one paragraph of inline text. Shared between callers: read them, never change them. */
export function inlineTokens(text: string): readonly InlineToken[] {
  let tokens = parsed.get(text);
  if (tokens === undefined) {
    tokens = markdown.parseInline(text, {})[0]?.children ?? [];
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(text, tokens);
  }
  return tokens;
}

/**
 * Whether text has a character that can start the subset's markup (`*` and `_` for emphasis, `[` for a link, `\`
 * for an escape). Text without one is plain text to markdown-it, so callers can skip parsing it.
 */
export const hasInlineMarkup = (text: string): boolean => /[*_[\\]/.test(text);

/** Every link target in a paragraph of inline text, in order. */
export function linkTargets(text: string): string[] {
  if (!hasInlineMarkup(text)) return [];
  return inlineTokens(text)
    .filter((token) => token.type === 'link_open')
    .map((token) => token.attrGet('href') ?? '');
}

/** True for links a reader can follow from a document on any desktop: web pages and email addresses. */
export function isFollowableLink(href: string): boolean {
  return /^(https?:\/\/[^\s/]+|mailto:[^\s@]+@[^\s@]+)/i.test(href);
}

/** Why a link target will not work in a document sent to the media and published, or undefined. */
export function linkProblem(href: string): string | undefined {
  if (isFollowableLink(href)) return undefined;
  if (/^www\./i.test(href)) return `the link "${href}" has no https:// in front; write it as https://${href}`;
  if (/^file:|^[a-z]:[\\/]|^\\\\/i.test(href)) {
    return `the link "${href}" points to a file on this network, which readers outside the council cannot open; link to a web page (https://…) instead`;
  }
  return `the link "${href}" is not a web page or email address; links must start with https://, http:// or mailto:`;
}
