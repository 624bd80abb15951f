export { compose, imagePaths, logoPaths, fontPaths, DRAFT_MARK, DEFAULT_FONT, type ComposeInput } from './compose';
export { attributionLine, describeSpeaker } from './attribution';
export { parseInline, plainText } from './inline';
export { cleanText } from './clean-text';
export { embargoLine, longDate } from './uk-time';
export { CONTENTS_TITLE, TIMELINE_HEADER, CONTACTS_HEADER, EMPTY_SECTION, PACK_LABEL, sectionAnchor } from './pack';
