// Words that read as the sentence going on where a rule or the tagger guessed a person (mostly
// right after a title): a case ending, a pronoun on a noun, a verb, an office in construct. News
// writes none of them inside a name, so a guessed person is cut before the first of them, or
// dropped when it opens with one. Known names never come here.
import type { CueLexicon } from '../ner/cues';
import { normalSet } from '../ner/lexicon';
import { notPersonWord } from '../ner/rule-shapes';
import { inNames, isNisbaShaped } from '../ner/rule-words';
import { clitics } from '../text/clitics';
import { declinedIndefinite } from './tagger-slips';
import type { Doc } from './types';

const OFFICE_NOUNS = normalSet('officeNouns');
const OFFICE_COMPLEMENTS = normalSet('officeComplements');

interface Span {
  start: number;
  end: number;
}

/** A common noun or participle (its form without the ending ا) that no name list holds. */
const plainBase = (cues: CueLexicon, base: string) =>
  base.length >= 3 && !inNames(cues, base) && (cues.common.has(base) || notPersonWord(base));

const PRONOUN_ENDING = /(ها|هم)$/;
const VERB_PRONOUN_ENDING = /ت(ها|هم|هما|هن|كم)$/;

/**
 * Is token i, inside a guessed name, a word of the sentence? Anywhere: a word written with its
 * tanween (عزماً), a common noun in the accusative (اجتماعا), a feminine noun with its pronoun
 * (خارجيتها), a nisba in the dual or plural (هاتفيين).
 */
function plainWordAt(doc: Doc, cues: CueLexicon, i: number): boolean {
  const t = doc.tokens[i]!;
  const w = t.norm;
  if (t.kind !== 'arabic' || inNames(cues, w)) return false;
  if (declinedIndefinite(t.text)) return true;
  if (w.endsWith('ا') && plainBase(cues, w.slice(0, -1))) return true;
  if (w.length >= 6 && VERB_PRONOUN_ENDING.test(w)) return true;
  if (w.length >= 6 && PRONOUN_ENDING.test(w) && plainBase(cues, w.slice(0, -2))) return true;
  return w.length >= 6 && w.endsWith('يين');
}

const FEMININE_VERB_SHAPE = /^[^و].{2,3}ت$/;
const MAQSURA_ENDING = /\u0649$/;
const ARTICLE_OR_CLITIC_OPENING = /^(ال|[بلفو])/;

/**
 * Is token i, the first of a guessed name, a word that goes on from a title? A short past verb
 * written with ى (الرئيس سعى), a feminine past verb after a feminine word (الوزيرة الأميركية صرحت),
 * an office noun in construct (نائب محافظ خراسان, وأمين عام حزب الله, رئيس أركان الجيش).
 */
function openingWordAt(doc: Doc, cues: CueLexicon, i: number): boolean {
  const t = doc.tokens[i]!;
  const w = t.norm;
  if (t.kind !== 'arabic') return false;
  const listed = inNames(cues, w);
  const next = doc.tokens[i + 1];
  // A verb goes on with a function word, a preposition's word or a definite noun (سعى إلى,
  // صرحت بأن); a name's first word with its second (الوزيرة نعمت شفيق).
  const clause =
    !next || next.kind !== 'arabic' || cues.stop.has(next.norm) || ARTICLE_OR_CLITIC_OPENING.test(next.norm);
  if (!listed && clause && w.length <= 4 && MAQSURA_ENDING.test(t.text)) return true;
  const prev = doc.tokens[i - 1];
  const feminine = !!prev && prev.text.endsWith('\u0629');
  if (!listed && clause && feminine && FEMININE_VERB_SHAPE.test(w)) return true;
  // وأمين عام: the list's و before an office noun.
  const c = clitics(w);
  const office = OFFICE_NOUNS.has(w) ? w : c.alt && OFFICE_NOUNS.has(c.alt) ? c.alt : null;
  if (!office) return false;
  if (!inNames(cues, office)) return true;
  if (!next || next.kind !== 'arabic') return false;
  if (OFFICE_COMPLEMENTS.has(next.norm)) return true;
  const n = clitics(next.norm);
  if (!n.article || n.pre !== '' || inNames(cues, next.norm) || inNames(cues, n.bare)) return false;
  // وزير الصحة أمين التهراوي: a given name that is also an office noun, before a family name in ي
  // (a nisba no common word list holds), opens the name; أمين الصندوق, أمين السر stay offices.
  return !(isNisbaShaped(n.bare) && n.bare.length >= 4 && !cues.common.has(next.norm) && !cues.common.has(n.bare));
}

const PLURAL_ENDING = /(ين|ون)$/;

/** A guessed person's span cut before its first word of the sentence; null when nothing is left. */
export function withoutSentenceWords<S extends Span>(doc: Doc, cues: CueLexicon, s: S): S | null {
  if (openingWordAt(doc, cues, s.start)) return null;
  let i = s.start;
  while (i < s.end && !plainWordAt(doc, cues, i)) i++;
  if (i === s.end) return s;
  // اتصالين هاتفيين: the noun a dual or plural nisba agrees with goes too.
  const noun = doc.tokens[i - 1]?.norm ?? '';
  if (i > s.start && doc.tokens[i]!.norm.endsWith('يين') && PLURAL_ENDING.test(noun) && !inNames(cues, noun)) i--;
  return i > s.start ? { ...s, end: i } : null;
}
