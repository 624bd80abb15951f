/** Letters that Unicode decomposition does not reduce to ASCII, spelled the way English writes them. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
};

/** Names Windows keeps for devices: a file or folder called `con` (or `con.docx`) cannot be created there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * A file-name-safe slug of a title, for project folders and export file names: lowercase ASCII letters and
 * digits joined by single hyphens, accents dropped ("Ŵyl y Môr à Bord" → "wyl-y-mor-a-bord"), at most
 * `maxLength` characters, cut at a word boundary where possible. Returns "" when nothing is left (a title
 * written only in Arabic or emoji): callers choose their own fallback name.
 */
export function slugify(text: string, maxLength = 60): string {
  let slug = text
    .toLowerCase()
    .replace(/[ßæœøłđðþı&]/g, (letter) => SPELLED[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Apostrophes join their word rather than split it: "council's" → "councils", not "council-s".
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength);
    const lastBreak = cut.lastIndexOf('-');
    slug = (lastBreak > maxLength / 2 ? cut.slice(0, lastBreak) : cut).replace(/-+$/, '');
  }
  return WINDOWS_RESERVED.test(slug) ? `${slug}-1` : slug;
}
