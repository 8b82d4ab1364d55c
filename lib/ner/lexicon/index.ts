// The rules' word lists, kept as data (one JSON file per subject, each list with a name, a one-line
// purpose and an example) and read by name. Words are written as news writes them; each reader
// takes the form it compares with: as written, normalised (lib/text normalizeText) or as a
// gazetteer key (normalised and loosely folded).
import { keySet, normalizeText } from '../../text/normalize';
import bodies from './bodies.json';
import cues from './cues.json';
import functionWords from './function-words.json';
import longBodies from './long-bodies.json';
import names from './names.json';
import places from './places.json';
import sports from './sports.json';

export interface WordList {
  name: string;
  purpose: string;
  example: string;
  words: string[];
}

/** Every list file; a list's name is unique across them. */
export const LEXICON_FILES: Record<string, { lists: WordList[] }> = {
  bodies,
  cues,
  'function-words': functionWords,
  'long-bodies': longBodies,
  names,
  places,
  sports,
};

const byName = new Map<string, WordList>();
for (const file of Object.values(LEXICON_FILES)) for (const l of file.lists) byName.set(l.name, l);

/** The words of a list as written; an unknown name throws, so a typo cannot read an empty list. */
export function words(name: string): readonly string[] {
  const l = byName.get(name);
  if (!l) throw new Error(`no word list named ${name}`);
  return l.words;
}

/** The list's words in lib/text normal form. */
export const normalSet = (name: string): Set<string> => new Set(words(name).map(normalizeText));

/** The list's words as gazetteer keys (normal form, loosely folded). */
export const keyedSet = (name: string): Set<string> => keySet(words(name));
