// Rules for bodies named without a gazetteer entry: national teams, parties and blocs named by their
// adjectives, and names in quotes after an organisation noun.

import type { CueLexicon } from './cues';
import { clitics } from '../text/clitics';
import { adjectiveShaped, commonWord, cueForms, inNames, isNisbaShaped, isWord, type RuleToken } from './rule-words';
import { normalSet } from './lexicon';

const QUOTES = new Set(['"', '«', '»', '“', '”']);

/** قناة "تي في 5": a name of one to four words in quotes right after an organisation noun, without the quotes. */
export function quotedName(tokens: readonly RuleToken[], j: number, lex: CueLexicon): [number, number] | null {
  if (!QUOTES.has(tokens[j]?.norm ?? '') || lex.stop.has(tokens[j + 1]?.norm ?? '')) return null;
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    const t = tokens[k]!;
    if (QUOTES.has(t.norm)) return k > j + 1 ? [j + 1, k] : null;
    if (t.kind === 'punct') return null;
  }
  return null;
}

// A national team named by its country is an organisation: منتخب مصر, منتخب ساحل العاج, optionally
// followed by its sport (لكرة القدم). The definite team with a nisba (المنتخب الكويتي) is not: news
// gold leaves it unmarked (22 of 23 times in NewsFANE's training split) and its nisba is a demonym.
// Kept apart from ORG_CUES: the tagger's features read those.
const TEAM = 'منتخب';
const SPORTS = normalSet('ballSports');

export function teamAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon): number {
  if (!cueForms(tokens[i]!.norm).includes(TEAM)) return i;
  const j = i + 1;
  const t = tokens[j];
  if (!isWord(t) || lex.stop.has(t.norm) || commonWord(t.norm, lex)) return i;
  const c = clitics(t.norm);
  // منتخب يشرف عليه: an imperfect verb after the noun is no country.
  if (c.pre !== '' || c.article || adjectiveShaped(t, lex) || (/^[يتن]/.test(t.norm) && t.norm.length <= 5 && !inNames(lex, t.norm))) return i;
  let end = j + 1;
  const u = tokens[end];
  if (isWord(u) && clitics(u.norm).article && clitics(u.norm).pre === '' && !isNisbaShaped(clitics(u.norm).bare) && !lex.stop.has(u.norm) && !commonWord(u.norm, lex)) end++;
  if (tokens[end]?.norm === 'لكره' && SPORTS.has(tokens[end + 1]?.norm ?? '')) end += 2;
  return end;
}

// A party or bloc named by its adjectives: الحزب الديمقراطي, الكتلة الصدرية, التيار الصدري, الحزب
// الديمقراطي الكردستاني. A lone country adjective (الحزب الروسي) or a generic one (الحزب الحاكم,
// الكتلة البرلمانية) names none.
const BLOC_HEADS = normalSet('blocHeads');
const GENERIC_ADJECTIVES = normalSet('genericAdjectives');

export function blocAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon, isCountryNisba: (w: string) => boolean): number {
  const head = tokens[i]!.norm;
  if (!BLOC_HEADS.has(head)) return i;
  let end = i + 1;
  let named = false;
  while (end < tokens.length && end - i <= 4) {
    const t = tokens[end]!;
    const c = clitics(t.norm);
    if (!isWord(t) || !c.article || c.pre !== '' || !isNisbaShaped(c.bare) || GENERIC_ADJECTIVES.has(t.norm) || lex.stop.has(t.norm)) break;
    if (!isCountryNisba(t.norm)) named = true;
    end++;
  }
  return named ? end : i;
}
