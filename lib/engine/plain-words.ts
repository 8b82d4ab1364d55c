// Plain words that the tagger or a rule took for a name: a generic noun is never a name on its own
// (كلية, شارع), an adverb in the accusative is no place (رئيسيا, سلبيا), and words that are given
// names but mostly everyday words (ذكرى ميلاد, أميرة سعودية) name a person only where the sentence
// announces one (a title, or a speech verb: قالت أمل). Unknown type is better than a wrong type.
import { memoPerWord, type CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { notPersonWord } from '../ner/rule-shapes';
import { cueAt, cueForms, inNames } from '../ner/rule-words';
import { teamTask } from '../ner/org-triggers';
import { clitics } from '../text/clitics';
import { speechWord } from './match';
import type { Candidate, Doc } from './types';

const HEAD_NOUNS = normalSet('headNouns');
const EVERYDAY_NAMES = normalSet('everydayNames');

const withoutArticle = (w: string): string => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

/** A head noun (كلية, شارع) or a cue noun or title (مدينة, الوزير) with or without its clitics. */
// Asked of every guess's first word, twice (an array, two closures and a slice per form): once per word.
const genericNoun = memoPerWord((cues, norm) => {
  // Only an article's clitics or a و/ف come off a head noun: بوادي is a village, not ب + وادي.
  const c = clitics(norm);
  if ([norm, c.bare, c.alt].some((f) => f !== null && HEAD_NOUNS.has(f))) return true;
  return cueForms(norm).some((f) => cues.single.has(f) || cues.single.has(withoutArticle(f)));
});

/** A word news uses often and never as a name: a common word or one of the not-person list. */
function plainWord(norm: string, cues: CueLexicon): boolean {
  return !inNames(cues, norm) && (cues.common.has(norm) || notPersonWord(norm) || cues.stop.has(norm));
}

/** رئيسيا, سلبيا, تليفونيا: an adjective in the accusative, used as an adverb (كاليفورنيا is no adjective). */
function accusativeAdjective(norm: string, cues: CueLexicon): boolean {
  if (norm.length < 5 || !norm.endsWith('يا') || inNames(cues, norm)) return false;
  const adjective = norm.slice(0, -1);
  return plainWord(adjective, cues) || plainWord('ال' + adjective, cues);
}

const PREPOSED_ARTICLE = /^(وال|بال|لل)/;

/**
 * Does the sentence announce a person right before token i: a title, a speech verb, or a country
 * adjective that a preposition or و keeps from agreeing with a noun (للبرازيلي فريد)?
 */
function personContext(doc: Doc, i: number, cues: CueLexicon, isNisba: (key: string) => boolean): boolean {
  if (i > 0 && speechWord(doc.keys[i - 1])) return true;
  const prev = i > 0 ? doc.keys[i - 1]! : '';
  if (PREPOSED_ARTICLE.test(prev) && isNisba(prev.startsWith('لل') ? 'ا' + prev.slice(1) : prev.slice(1))) return true;
  // العداء المغربي ربيع: the title's definite adjectives may come between.
  let end = i;
  while (end > 0 && i - end < 2 && doc.keys[end - 1]!.startsWith('ال') && !cueAt(doc.tokens, end - 1, cues)) end--;
  for (let s = Math.max(0, end - 4); s < end; s++) {
    const cue = cueAt(doc.tokens, s, cues);
    if (cue?.type === 'title' && s + cue.length === end) return true;
  }
  return false;
}

/** Is one of the word's cue forms an everyday name? */
function everydayName(norm: string): boolean {
  const forms = cueForms(norm);
  for (let k = 0; k < forms.length; k++) if (EVERYDAY_NAMES.has(forms[k]!)) return true;
  return false;
}

/** An indefinite accusative adjective or plain word (رئيسيا, جديدة). */
function indefinitePlain(norm: string, cues: CueLexicon): boolean {
  return !clitics(norm).article && (accusativeAdjective(norm, cues) || plainWord(norm, cues));
}

/**
 * Is the guess c made of plain words rather than a name? `known(i)` tells a word of a known name,
 * never plain (دبي in تلفزيون دبي, however often news writes it).
 */
export function plainWords(
  doc: Doc,
  c: Candidate,
  cues: CueLexicon,
  isNisba: (key: string) => boolean,
  known: (i: number) => boolean = () => false,
): boolean {
  if (c.known || c.type === 'demonym') return false;
  const first = doc.tokens[c.start]!.norm;
  if (c.end - c.start === 1 && (genericNoun(cues, first) || accusativeAdjective(first, cues))) return true;
  // شارع رئيسيا, كلية جديدة: a head noun and indefinite adjectives (كلية الطب is a name).
  if (genericNoun(cues, first)) {
    let plain = true;
    for (let i = c.start + 1; i < c.end && plain; i++) plain = !known(i) && indefinitePlain(doc.tokens[i]!.norm, cues);
    if (plain) return true;
  }
  // لفريق العمل: the working group, whether or not the guess kept its team word.
  const last = doc.tokens[c.end - 1]!.norm;
  if (c.type === 'organization' && c.end - c.start <= 2 && teamTask(doc.tokens[c.end - 2]?.norm ?? '', last))
    return true;
  if (c.type !== 'person') return false;
  // أميرة سعودية, ذكرى ميلاد: every word an everyday name, a plain word or a country adjective.
  let everyday = false;
  for (let i = c.start; i < c.end; i++) {
    const norm = doc.tokens[i]!.norm;
    if (everydayName(norm)) everyday = true;
    else if (!plainWord(norm, cues) && !isNisba(doc.keys[i]!)) return false;
  }
  return everyday && !personContext(doc, c.start, cues, isNisba);
}
