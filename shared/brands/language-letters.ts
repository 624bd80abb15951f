/*
 * The letters a brand font must have for a release in English, Welsh or Scottish Gaelic (a release in Wales or
 * Scotland must never come out with a missing ŵ). A file of its own, free of imports: font-check.ts tests a font
 * against it with fontkit, and render-docx keeps these letters in every embedded font without loading fontkit.
 */

/** The letters each language needs, as the message lists them. */
export const LANGUAGE_LETTERS: readonly { readonly language: string; readonly letters: string }[] = [
  {
    language: 'English',
    letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789' + ' .,;:!?\'"()-/&%@' + '‘’“”–—…£€',
  },
  { language: 'Welsh', letters: 'âêîôûŵŷäëïöüÿàèìòùáéíóúýÂÊÎÔÛŴŶÄËÏÖÜŸÀÈÌÒÙÁÉÍÓÚÝ' },
  { language: 'Scottish Gaelic', letters: 'àèìòùÀÈÌÒÙ' },
];
