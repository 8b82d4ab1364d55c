// Bodies written in Latin letters inside Arabic text (شبكة CBS, وقالت HRW, المتحدث باسم UNHCR). The
// gazetteer's stage names the ones it knows; one it does not know is a body when an organisation
// noun announces it (وكالة, شبكة, شركة, موقع: any capitalised name of up to four words) or, for an
// acronym in capitals alone, a verb of saying or a source's preposition (قالت, أفادت, باسم, بحسب):
// a capitalised word there may as well be a person. Its English is the name as written.
import type { CueLexicon } from '../ner/cues';
import { keyedSet, normalSet } from '../ner/lexicon';
import { cueForms } from '../ner/rule-words';
import type { WordToken } from '../text/tokens';
import { tokenEnd, tokenStart } from './doc';
import { speechWord } from './match';
import { ruleGuess, type Candidate, type Doc } from './types';

/** Words that credit a source: باسم (on behalf of), بحسب / حسب / وفق (according to). */
const SOURCE_WORDS = keyedSet('sourcePrepositions');
/** شبكة, موقع, قناة: nouns no cue list holds alone (a network, a site) that name an outlet before a name. */
const ORG_NOUNS = normalSet('orgNouns');
/** Lower-case words inside a Latin name (Bank of America, Le Monde is capitalised anyway). */
const JOINERS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'la', 'le', 'al', '&']);
const CAPITALISED = /^[A-Z0-9]/;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
const MAX_WORDS = 4;

const latin = (t: WordToken | undefined): boolean => !!t && t.kind === 'latin';

/** [start, end) of the capitalised Latin name opening at i (a joiner inside only), or end = i. */
function nameEnd(tokens: readonly WordToken[], i: number): number {
  let end = i;
  while (end - i < MAX_WORDS && latin(tokens[end]) && CAPITALISED.test(tokens[end]!.text)) {
    end++;
    // Bank of America: a joiner counts only with a capitalised word after it.
    if (JOINERS.has(tokens[end]?.text.toLowerCase() ?? '') && CAPITALISED.test(tokens[end + 1]?.text ?? '')) end++;
  }
  return end;
}

/** Is token i an organisation noun, with or without its clitics (لوكالة, وشبكة)? */
function bodyNoun(cues: CueLexicon, t: WordToken | undefined): boolean {
  if (!t || t.kind !== 'arabic') return false;
  const forms = cueForms(t.norm);
  for (let f = 0; f < forms.length; f++)
    if (cues.single.get(forms[f]!) === 'organization' || ORG_NOUNS.has(forms[f]!)) return true;
  return false;
}

/** Latin-letter bodies no list holds; `taken(i)` marks words other stages already named. */
export function latinBodies(
  doc: Doc,
  cues: CueLexicon,
  taken: (i: number) => boolean,
  nounInsideAt?: (i: number) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    // Only the first word of a Latin run, so a run is never read from its middle.
    if (!latin(tokens[i]) || latin(tokens[i - 1]) || taken(i)) continue;
    const end = nameEnd(tokens, i);
    if (end === i || latin(tokens[end])) continue;
    const key = doc.keys[i - 1];
    const announced =
      bodyNoun(cues, tokens[i - 1]) ||
      (end === i + 1 && ACRONYM.test(tokens[i]!.text) && (speechWord(key) || SOURCE_WORDS.has(key ?? '')));
    let free = announced;
    for (let k = i; k < end && free; k++) free = !taken(k);
    if (!free) continue;
    // وكالة Bloomberg: a noun news writes inside the name is the name's, as the tagger reads it.
    const c = ruleGuess(!taken(i - 1) && nounInsideAt?.(i - 1) ? i - 1 : i, end, 'organization');
    c.english = doc.text.slice(tokenStart(doc, i), tokenEnd(doc, end - 1));
    out.push(c);
    i = end - 1;
  }
  return out;
}
