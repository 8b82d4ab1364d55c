// A one-word place that the tagger or a rule guessed where news writes a plain word: منطقة الجزاء
// (the penalty area), منطقة اليورو, منطقة التجارة الحرة, العاصمة تحتم, العاصمة بمرور. The word is a
// common word (as written or bare of its article), a present verb, or a preposition on a common
// word. A word the gazetteer holds as a place (الدورة, شبعا, للمغرب, however common the word) is
// left to the gazetteer's reading: unknown type is better than a wrong type, and a known town is no
// guess.
import type { CueLexicon } from '../ner/cues';
import { inNames } from '../ner/rule-words';
import type { GazCandidate } from './match';
import { TokenMap } from './token-map';
import type { Candidate, Doc } from './types';

const PREPOSITION = /^[بلك]/;
// يحظر, تحتم: a present verb of three root letters (a longer word in ي or ت is as often a town).
const PRESENT_VERB = /^[يت].{3}$/;

const common = (cues: CueLexicon, w: string): boolean => cues.common.has(w) || cues.stop.has(w);

/** Is `norm` a word news uses as no name: a common word, a present verb, a preposition on one? */
export function plainPlaceWord(norm: string, cues: CueLexicon): boolean {
  if (inNames(cues, norm)) return false;
  if (common(cues, norm) || PRESENT_VERB.test(norm)) return true;
  if (norm.startsWith('ال') && norm.length > 4 && common(cues, norm.slice(2))) return true;
  const rest = norm.slice(1);
  return PREPOSITION.test(norm) && rest.length >= 3 && !inNames(cues, rest) && common(cues, rest);
}

/** The candidates less the guessed one-word places that are plain words no gazetteer form matches. */
export function withoutPlainPlaces(
  doc: Doc,
  cands: Candidate[],
  matches: readonly GazCandidate[],
  cues: CueLexicon,
): Candidate[] {
  let at: TokenMap<GazCandidate> | null = null;
  let out: Candidate[] | null = null;
  for (let n = 0; n < cands.length; n++) {
    const c = cands[n]!;
    const plain =
      c.type === 'place' &&
      !c.known &&
      c.end - c.start === 1 &&
      doc.tokens[c.start]!.kind === 'arabic' &&
      plainPlaceWord(doc.tokens[c.start]!.norm, cues);
    if (plain) at ??= TokenMap.of(doc.tokens.length, matches, (m) => m.start);
    if (plain && !at!.get(c.start)) {
      out ??= cands.slice(0, n);
      continue;
    }
    out?.push(c);
  }
  return out ?? cands;
}
