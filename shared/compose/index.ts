export { compose, imagePaths, ComposeUnsupportedError, DRAFT_MARK, DEFAULT_FONT, type ComposeInput } from './compose';
export { attributionLine, describeSpeaker } from './attribution';
export { parseInline, plainText, isFollowableLink } from './inline';
export { cleanText } from './clean-text';
export { embargoLine, longDate } from './uk-time';
