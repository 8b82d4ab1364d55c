// A guessed name of two words or more that stops one word short of where the sentence closes the
// name: محمد سعيد الكندي وزير البيئة, محمد سليم العوا ، والأمين العام, فيصل السويدي نائب الرئيس.
// The one name-shaped word left between the guess and a closer (punctuation, a title, what was
// said, a verb of saying) is the family name the tagger left out.
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { notPersonWord, prepositionPronoun, verbOrAdverbShaped } from '../ner/rule-shapes';
import { cueAt, imperfectShaped, inNames } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { epithetAt } from './person-bounds';
import { prepositionOnWord } from './unknown';
import { closes, verbAt } from './speakers';
import type { Candidate, Doc } from './types';

const CLOSING = new Set(['،', ',', '.', ':', '"', ')', '(', '-', 'ء', '؛', '؟']);
const CLOSERS = normalSet('speakerClosers');
const OFFICE_NOUNS = normalSet('officeNouns');
const ADVERBS = normalSet('speakerAdverbs');
// والمغربي عبد الرحيم الحسناوي ثالثا: a rank after an athlete is where he came, not his family name.
const RANKS = normalSet('ordinalAdverbs');
const WAW_FA_OPENING = /^[وف]/;
const PRONOUN_ENDING = /(نا|ها|هم|هما|كم|هن)$/;
// صباح أمس: a time of day before a time word is no family name, whatever the name lists say.
const TIME_NOUNS = new Set(['صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليله', 'ليلة']);
const THAT = new Set(['ان', 'انه', 'انها', 'انهم']);
const TA_MARBUTA_ENDING = /[هة]$/;
const PLURAL_ENDING = /(ون|ين|ات)$/;

/**
 * Does token i close a name: the sentence's end, punctuation, or what closes a speaker's name
 * (what was said, an indefinite title, who was spoken to: speakers.ts), or a verb of saying?
 */
function closesName(doc: Doc, cues: CueLexicon, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return true;
  if (t.kind !== 'arabic') return CLOSING.has(t.norm) || CLOSING.has(t.text);
  return verbAt(t) || closes(doc.tokens, i, cues);
}

/** Can token i be a family name: no common word, cue, verb, clitic, plural or feminine noun? */
function familyWord(doc: Doc, cues: CueLexicon, i: number, isNisba: (key: string) => boolean): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'arabic' || t.norm.length < 3) return false;
  // بيد أن, إلا أنه: a short word is as often a particle, and before أن it is one.
  if (t.norm.length < 4 && (!inNames(cues, t.norm) || THAT.has(doc.tokens[i + 1]?.norm ?? ''))) return false;
  const w = t.norm;
  // وغيرهم, ورايس: a word with its own و opens the sentence's next phrase or the next name.
  if (WAW_FA_OPENING.test(w) || cues.stop.has(w) || CLOSERS.has(w) || verbAt(t) || epithetAt(doc, i)) return false;
  if (cueAt(doc.tokens, i, cues) || OFFICE_NOUNS.has(w) || ADVERBS.has(w) || TIME_NOUNS.has(w) || RANKS.has(w))
    return false;
  // المحترف, المتوفى: a definite participle (م-) is the name's adjective unless a list holds it or it
  // is a nisba (العوا, القضاعي pass); the written form is read, as normalising turns final ى into ي.
  const cl = clitics(w);
  if (cl.article && !inNames(cues, w) && !t.text.endsWith('ي') && cl.bare.startsWith('م')) return false;
  if (inNames(cues, w) && !cues.common.has(w)) return !isNisba(doc.keys[i]!);
  if (cues.common.has(w) || notPersonWord(w) || isNisba(doc.keys[i]!)) return false;
  // بتمزق, عندنا: a preposition on a word, or a pronoun after it.
  if (prepositionOnWord(cues, w) || PRONOUN_ENDING.test(w)) return false;
  if (prepositionPronoun(t.text) || TA_MARBUTA_ENDING.test(t.text) || (w.length >= 5 && PLURAL_ENDING.test(w)))
    return false;
  if (cl.pre !== '' || (cl.article && cues.common.has(cl.bare))) return false;
  return !imperfectShaped(w) && !verbOrAdverbShaped(w);
}

/** `c` grown over the family name it stops short of, or `c` itself. `free(i)`: no name holds token i. */
export function personTail(
  doc: Doc,
  cues: CueLexicon,
  c: Candidate,
  free: (i: number) => boolean,
  isNisba: (key: string) => boolean,
): Candidate {
  if (c.type !== 'person' || c.known || c.end - c.start < 2) return c;
  const i = c.end;
  if (i >= doc.tokens.length || !free(i) || !familyWord(doc, cues, i, isNisba) || !closesName(doc, cues, i + 1))
    return c;
  return { ...c, end: i + 1 };
}
