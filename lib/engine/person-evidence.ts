// A guessed person needs a person context: a one-word name the tagger read as a person by its shape
// alone, with no name list, title, speech or person verb or full name of it on the page, stays
// unmarked (unknown beats wrong: a church, a shrine or a car maker with a foreign-looking name).
import type { CueLexicon } from '../ner/cues';
import { cueAt, inNames } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { foldLoose } from '../text/normalize';
import type { Candidate, Doc } from './types';
import { normalSet } from '../ner/lexicon';
import { notAPerson } from './person-context';

// A verb with its و (وأعرب) counts too.
const VERBS = new Set([...normalSet('speechVerbs'), ...normalSet('personVerbs')]);

const WAW_FA_OPENING = /^[وف]/;

function verbNear(doc: Doc, c: Candidate): boolean {
  for (let i = Math.max(0, c.start - 3); i < Math.min(doc.tokens.length, c.end + 3); i++) {
    if (i >= c.start && i < c.end) continue;
    const w = doc.tokens[i]!.norm;
    if (VERBS.has(w) || (WAW_FA_OPENING.test(w) && VERBS.has(w.slice(1)))) return true;
  }
  return false;
}

/** A title before the name, over at most two definite adjectives (الرئيس الكيني روتو). */
function titleBefore(doc: Doc, cues: CueLexicon, c: Candidate): boolean {
  for (let i = c.start - 1; i >= 0 && i >= c.start - 4; i--) {
    const cue = cueAt(doc.tokens, i, cues);
    if (cue) return cue.type === 'title' && i + cue.length <= c.start;
    const t = doc.tokens[i]!;
    if (t.kind !== 'arabic' || !clitics(t.norm).article) return false;
  }
  return false;
}

/** `names` less the one-word tagger persons that nothing but their shape supports. */
export function personsWithEvidence(doc: Doc, cues: CueLexicon, names: readonly Candidate[]): Candidate[] {
  // Words of the page's longer person names: the lone word is then a surname of someone named.
  const inFullNames = new Set<string>();
  for (const c of names)
    if (c.type === 'person' && c.end - c.start > 1) for (let i = c.start; i < c.end; i++) inFullNames.add(doc.keys[i]!);
  // One mention with evidence vouches for the word's other mentions on the page.
  const vouched = new Set<string>();
  for (const c of names) {
    if (!lone(c)) continue;
    const stem = c.stem ?? doc.tokens[c.start]!.norm;
    if (
      inNames(cues, stem) ||
      inNames(cues, doc.tokens[c.start]!.norm) ||
      inFullNames.has(doc.keys[c.start]!) ||
      inFullNames.has(key(doc, c)) ||
      titleBefore(doc, cues, c) ||
      verbNear(doc, c)
    )
      vouched.add(key(doc, c));
  }
  const out: Candidate[] = [];
  for (let k = 0; k < names.length; k++) {
    const c = names[k]!;
    if ((!lone(c) || vouched.has(key(doc, c))) && !notAPerson(doc, c)) out.push(c);
  }
  return out;
}

// Module functions, not arrows made per page: V8 kept the optimised code of a closure made per page
// only while one lived, and compiled it again on every page.
const lone = (c: Candidate) => c.type === 'person' && c.source === 'tagger' && !c.known && c.end - c.start === 1;
const key = (doc: Doc, c: Candidate) => foldLoose(c.stem ?? doc.tokens[c.start]!.norm);
