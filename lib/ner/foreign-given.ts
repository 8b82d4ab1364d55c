// Foreign given names no other list holds (خوسي, استيوارت): spellings of the first words of
// persons' names, from Wikidata word pairs (scripts/data/gen-foreign-given.ts).

import list from './foreign-given.generated.json';

let words: Set<string> | null = null;

/** Is this normalised word a foreign given name? The set is built on the first question. */
export function foreignGivenName(norm: string): boolean {
  words ??= new Set(list.words.split(' '));
  return words.has(norm);
}
