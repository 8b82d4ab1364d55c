// Mauritanian names chain their fathers with ولد ("son of"), as news prints them whole: محمد ولد
// عبد العزيز, حضية ولد سلامة ولد النفاع. A guessed person next to ولد and a name word takes the
// chain in. ولد is also "was born" (ولد عام 1606, وقد ولد في): a time word, a function word, a
// number or a word with a preposition after it ends the chain.
import type { CueLexicon } from '../ner/cues';
import { inNames } from '../ner/rule-words';
import { normalSet } from '../ner/lexicon';
import { LINKS } from './name-words';
import type { Candidate, Doc } from './types';

const WALAD = 'ولد';
const NOT_NAMES = normalSet('notListedPeople');
const TIME_WORDS = normalSet('notComplement');

const PROCLITIC_OPENING = /^[وفبلك]/;

/** A word that can follow ولد in a name: no function, time or common word, no preposition on it. */
function fatherWord(doc: Doc, cues: CueLexicon, i: number, free: (i: number) => boolean): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'arabic' || !free(i) || t.norm === WALAD) return false;
  const w = t.norm;
  if (cues.stop.has(w) || NOT_NAMES.has(w) || TIME_WORDS.has(w) || w.length < 2) return false;
  if (inNames(cues, w) || LINKS.has(w)) return true;
  return !cues.common.has(w) && !PROCLITIC_OPENING.test(w);
}

/** `c` grown over the ولد links beside it (and the name word after each). */
export function waladChain(
  doc: Doc,
  cues: CueLexicon,
  c: Candidate | null,
  free: (i: number) => boolean,
): Candidate | null {
  if (!c || c.type !== 'person' || c.known) return c;
  const norm = (i: number) => doc.tokens[i]?.norm;
  let { start, end } = c;
  // حمودي ولد [داف]: a listed name two words back opens the chain.
  while (start >= 2 && norm(start - 1) === WALAD && free(start - 1) && free(start - 2)) {
    const w = norm(start - 2)!;
    if (doc.tokens[start - 2]!.kind !== 'arabic' || !inNames(cues, w) || cues.stop.has(w)) break;
    start -= 2;
  }
  // وفينسنزو ولد عام 1606: a last ولد with no name after it is "was born".
  if (norm(end - 1) === WALAD && end - start > 1) {
    if (!fatherWord(doc, cues, end, free)) return { ...c, start, end: end - 1 };
    end++;
  }
  while (norm(end) === WALAD && free(end) && fatherWord(doc, cues, end + 1, free)) {
    end += 2;
    // ولد عبد الله, ولد با علي: a link word takes the word after it.
    if ((LINKS.has(norm(end - 1)!) || norm(end - 1)!.length <= 2) && fatherWord(doc, cues, end, free)) end++;
  }
  if (start === c.start && end === c.end) return c;
  return start === c.start ? { ...c, end } : { ...c, start, prefix: '', stem: undefined };
}
