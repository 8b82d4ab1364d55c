// Persons that the words around them make something else: a work's title in quotes after its noun
// (بقصيدة " بلقيس "), a vehicle's model after its noun (سيارة رانج روفر) and a tribe after "sons
// of" (بنو هاشم). Unknown beats wrong: these are no person, whatever the tagger read.
import { normalSet } from '../ner/lexicon';
import type { Candidate, Doc } from './types';

const WORK_NOUNS = normalSet('workNouns');
const PRODUCT_NOUNS = normalSet('productNouns');
const TRIBE_OPENERS = normalSet('tribeOpeners');
const QUOTES = new Set(['"', '«', '»', '“', '”']);
const PROCLITIC_OPENING = /^(وب|ول|فب|فل|و|ف|ب|ل|ك|ال|بال|لل|وال)/;

/** Is `w`, bare or with its proclitics and article (بقصيدة, والسيارة), a word of `set`? */
function nounOf(set: Set<string>, w: string): boolean {
  if (set.has(w)) return true;
  const m = PROCLITIC_OPENING.exec(w);
  return !!m && w.length - m[0].length >= 3 && set.has(w.slice(m[0].length));
}

const norm = (doc: Doc, i: number): string => (i >= 0 && i < doc.tokens.length ? doc.tokens[i]!.norm : '');

/** Is the person `c` a work's title, a vehicle's model or a tribe? */
export function notAPerson(doc: Doc, c: Candidate): boolean {
  if (c.type !== 'person') return false;
  // مسلسل " نصر الله ": a name in quotes right after a work's noun is its title, known or not.
  if (QUOTES.has(norm(doc, c.start - 1)) && QUOTES.has(norm(doc, c.end)) && nounOf(WORK_NOUNS, norm(doc, c.start - 2)))
    return true;
  if (c.known || c.source === 'coref') return false;
  if (TRIBE_OPENERS.has(norm(doc, c.start)) && c.end - c.start >= 2) return true;
  return !c.prefix && nounOf(PRODUCT_NOUNS, norm(doc, c.start - 1));
}
