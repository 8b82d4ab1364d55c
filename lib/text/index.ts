// Public API of the Arabic text layer (scheme and decisions: lib/text/romanization.md).
export { normalize, normalizeText, stripDiacritics, isArabicLetter, foldLoose } from './normalize';
export type { Normalized } from './normalize';
export { tokenize, sentences, charClass } from './tokens';
export type { Token, TokenKind } from './tokens';
export { proclitics, splitAgainst, suffixes, CLITIC_RULES, SUFFIX_RULES, MIN_STEM, MIN_SUFFIX_STEM } from './clitics';
export type { Analysis, CliticRule, SuffixRule } from './clitics';
export { nisbaBase, nisbaBases, NISBA_ENDINGS, MIN_NISBA_STEM } from './nisba';
export { romanize } from './romanize';
export type { RomanizationStyle } from './romanize';
