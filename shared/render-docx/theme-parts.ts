import { Styles, type Document, type IPropertiesOptions, type XmlComponent } from 'docx';
import type { Theme } from '../doc-tree';
import { KeptCache } from './kept-cache';
import type { PackagePart } from './properties';
import { documentStyles } from './styles';

const CACHED_PATHS = ['word/styles.xml', 'word/theme/theme1.xml'] as const;

/** The Document options the two cached parts come from. */
export const themeOptions = (theme: Theme, language: string) =>
  ({
    styles: documentStyles(theme, language),
    theme: { fonts: { headings: theme.fonts.heading, body: theme.fonts.body } },
  }) satisfies Partial<IPropertiesOptions>;

/** A brand's parts by theme and language. */
const cache = new KeptCache<readonly PackagePart[]>();
/** The two parts name the fonts' families, never their files, so the files' bytes stay out of the key. */
const keyOf = (theme: Theme, language: string): string => JSON.stringify([theme.colours, theme.fonts, language]);

/**
 * word/styles.xml and word/theme/theme1.xml depend only on the theme and the language, yet building and formatting
 * them was half of a warm export of the seed release (docx builds every style as objects, then formats them to XML).
 * So the first export with a theme keeps the two parts docx wrote (`remember`), and later exports with that theme
 * write them as package overrides (`cached`) and spare docx the work (`withoutThemeParts`). The first export costs
 * nothing extra, which matters to the command line: it exports once and exits.
 */
export const themePartsCache = {
  cached(theme: Theme, language: string): readonly PackagePart[] | undefined {
    return cache.get(keyOf(theme, language));
  },

  remember(theme: Theme, language: string, files: ReadonlyMap<string, string | Uint8Array>): void {
    const parts: PackagePart[] = [];
    for (const path of CACHED_PATHS) {
      const data = files.get(path);
      if (typeof data !== 'string') return;
      parts.push({ path, data });
    }
    cache.set(keyOf(theme, language), parts);
  },
};

const EMPTY: XmlComponent = new Styles({});

/**
 * A document built without theme options (docx makes only its small defaults) whose styles and theme format as an
 * empty element: the cached parts replace both in the package. Nothing else in the package reads them; paragraphs
 * name their styles by id. If a docx upgrade stops reading these two properties, the overrides still win, only slower.
 */
export function withoutThemeParts(document: Document): Document {
  Object.defineProperty(document, 'Styles', { value: EMPTY });
  Object.defineProperty(document, 'Theme', { value: EMPTY });
  return document;
}
