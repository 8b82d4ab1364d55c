// Public API of the Arabic text layer.
export { normalize, normalizeText, stripDiacritics, isArabicLetter, foldLoose } from './normalize';
export type { Normalized } from './normalize';
export { tokenize, sentences, charClass } from './tokens';
export type { Token, TokenKind } from './tokens';
