// Public API of the Arabic text layer (scheme and decisions: lib/text/romanization.md).
export { normalizeText } from './normalize';
export { tokenize } from './tokens';
