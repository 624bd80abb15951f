import type { IPropertiesOptions } from 'docx';
import type { FontFile, Theme } from '../doc-tree';

type FontOptions = NonNullable<IPropertiesOptions['fonts']>[number];

/**
 * The brand's font files for the package's font table (word/fontTable.xml, each file obfuscated as
 * word/fonts/fontN.odttf, as Word's "Embed fonts in the file" writes them), so the document looks the same on a
 * desktop without the font. One entry per family, its files in the faces they are: a family with a bold file and a
 * regular one embeds both. A face that is only bold (a heading font) is also embedded as the family's bold, so Word
 * draws bold headings with it rather than making it bolder still; a regular-only family leaves Word to embolden and
 * slant it, as the PDF does (render-pdf/text/text-engine.ts).
 */
export function embeddedFonts(theme: Theme, standIn: (bytes: Uint8Array) => Uint8Array): FontOptions[] {
  const files = [theme.fontFiles?.heading, theme.fontFiles?.body].filter((file): file is FontFile => file !== undefined);
  const families = new Map<string, FontFile[]>();
  for (const file of files) {
    const faces = families.get(file.family) ?? [];
    if (!faces.some((face) => face.bytes === file.bytes)) faces.push(file);
    families.set(file.family, faces);
  }
  return [...families].map(([name, faces]) => {
    const face = (bold: boolean, italic: boolean) => faces.find((candidate) => candidate.bold === bold && candidate.italic === italic);
    const regular = face(false, false) ?? faces[0]!;
    // docx gets a stand-in, which packDocx swaps for the font (font-parts.ts). docx types the bytes as Buffer but only
    // slices and reads them (to obfuscate), as any Uint8Array allows.
    const data = (file: FontFile | undefined) => (file ? standIn(file.bytes) : undefined) as FontOptions['data'] | undefined;
    const bold = data(face(true, false));
    const italic = data(face(false, true));
    const boldItalic = data(face(true, true));
    return {
      name,
      data: data(regular)!,
      ...(bold ? { bold } : {}),
      ...(italic ? { italic } : {}),
      ...(boldItalic ? { boldItalic } : {}),
    };
  });
}
