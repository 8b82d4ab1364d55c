// Where a romanization's vowels come from. Apart from romanize-name.ts so that the message schemas
// (lib/protocol), which the popup and the card load, do not load the text layer's tables with it.

/** From the most to the least certain. */
export type RomanSource = 'diacritics' | 'table' | 'english' | 'guess' | 'skeleton';
export const ROMAN_SOURCES: readonly RomanSource[] = ['diacritics', 'table', 'english', 'guess', 'skeleton'];
