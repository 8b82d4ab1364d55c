// Places named by a place noun before them (مدينة الموصل, مخيم جنين, العاصمة الأفغانية كابول).

import { clitics } from '../text/clitics';
import type { CueLexicon } from './cues';
import { normalSet } from './lexicon';
import {
  adjectiveShaped,
  commonWord,
  cueAt,
  cueForms,
  inNames,
  isNisbaShaped,
  isWord,
  type RuleToken,
} from './rule-words';

// محافظات الوسط, مناطق الشمال: a compass word after a place noun is a direction, not a name.
const COMPASS = normalSet('compassWords');
const ACTION_PLACE_NOUNS = normalSet('actionPlaceNouns');

const PRONOUN_ENDING = /(ها|هم|هما)$/;

export function placeAfterCue(
  tokens: readonly RuleToken[],
  cue: RuleToken,
  j: number,
  lex: CueLexicon,
): [number, number] | null {
  const definiteCue = clitics(cue.norm).article;
  if (definiteCue) {
    // العاصمة الأفغانية كابول: skip agreeing nisba adjectives.
    for (let k = 0; k < 2; k++) {
      const t = tokens[j];
      if (!isWord(t)) break;
      const c = clitics(t.norm);
      if (!c.article || c.pre !== '' || !isNisbaShaped(c.bare)) break;
      j++;
    }
  }
  const head = tokens[j];
  if (
    !isWord(head) ||
    lex.stop.has(head.norm) ||
    commonWord(head.norm, lex) ||
    cueAt(tokens, j, lex) ||
    COMPASS.has(head.norm)
  )
    return null;
  const c = clitics(head.norm);
  if (c.pre !== '') return null;
  if (c.article ? isNisbaShaped(c.bare) : adjectiveShaped(head, lex)) return null;
  if (!inNames(lex, head.norm) && !inNames(lex, c.bare)) {
    // منطقة مساحتها: a noun with its pronoun.
    if (!c.article && head.norm.length >= 5 && PRONOUN_ENDING.test(head.norm)) return null;
    // قضاء العطلة: a noun that is also an action takes a definite word only as a listed name.
    if (c.article && cueForms(cue.norm).some((f) => ACTION_PLACE_NOUNS.has(f))) return null;
  }
  let end = j + 1;
  const next = tokens[end];
  // عين الحلوة, الشيخ جراح: a second word when the pair reads as one name.
  if (isWord(next) && !lex.stop.has(next.norm) && !commonWord(next.norm, lex) && !cueAt(tokens, end, lex)) {
    const n = clitics(next.norm);
    if (n.pre === '' && (c.article ? inNames(lex, next.norm) : n.article && !isNisbaShaped(n.bare))) end++;
  }
  return [j, end];
}
