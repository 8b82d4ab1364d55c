// Rules for bodies named without a gazetteer entry: national teams, parties and blocs named by their
// adjectives, and names in quotes after an organisation noun.

import type { CueLexicon } from './cues';
import { clitics } from '../text/clitics';
import { fact, wordFact } from '../text/word-facts';
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
import { normalSet } from './lexicon';
import { bodyMeanings, type BodyMeanings } from '../translit/body-meanings';
import { normalizeText } from '../text/normalize';

// A hamza standing alone is no word: text that lost its typographic quotes writes them so (صحيفة ء
// دايلي ميرور ء), at times doubled (لصحيفة ء ء نيوز اوف ذا وورلد ء ء).
const QUOTES = new Set(['"', '«', '»', '“', '”', 'ء']);

/** قناة "تي في 5": a name of one to four words in quotes right after an organisation noun, without the quotes. */
export function quotedName(tokens: readonly RuleToken[], j0: number, lex: CueLexicon): [number, number] | null {
  const j = QUOTES.has(tokens[j0]?.norm ?? '') && QUOTES.has(tokens[j0 + 1]?.norm ?? '') ? j0 + 1 : j0;
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

const IMPERFECT_OPENING = /^[يتن]/;

// للمنتخب خلفا لـ: the definite team, even behind a preposition, is named by no word after it.
const TEAM_HEAD = wordFact((norm) => cueForms(norm).includes(TEAM) && !clitics(norm).article);

export function teamAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon): number {
  if (!fact(tokens[i]!, TEAM_HEAD)) return i;
  const j = i + 1;
  const t = tokens[j];
  if (!isWord(t) || lex.stop.has(t.norm) || commonWord(t.norm, lex)) return i;
  const c = clitics(t.norm);
  // منتخب يشرف عليه: an imperfect verb after the noun is no country.
  if (
    c.pre !== '' ||
    c.article ||
    adjectiveShaped(t, lex) ||
    (IMPERFECT_OPENING.test(t.norm) && t.norm.length <= 5 && !inNames(lex, t.norm))
  )
    return i;
  let end = j + 1;
  const u = tokens[end];
  if (
    isWord(u) &&
    clitics(u.norm).article &&
    clitics(u.norm).pre === '' &&
    !isNisbaShaped(clitics(u.norm).bare) &&
    !lex.stop.has(u.norm) &&
    !commonWord(u.norm, lex)
  )
    end++;
  if (tokens[end]?.norm === 'لكره' && SPORTS.has(tokens[end + 1]?.norm ?? '')) end += 2;
  return end;
}

// A party or bloc named by its adjectives: الحزب الديمقراطي, الكتلة الصدرية, التيار الصدري, الحزب
// الديمقراطي الكردستاني, للحزب الاشتراكي الموحد, المجلس البلدي. A lone country adjective (الحزب الروسي) or a generic
// one (الحزب الحاكم, الكتلة البرلمانية) names none. The adjectives of the names' English
// (lib/translit/body-meanings.ts) go on it though not nisbas (الموحد, الحر, الأعلى), naming none alone.
const BLOC_HEADS = normalSet('blocHeads');
// الحركة is as often a description (الحركة الوطنية, الحركة الإسلامية): it names a body only with
// two listed adjectives (الحركة الوطنية الديمقراطية). So is المجلس with one (المجلس الأعلى, المجلس
// الوطني), but a council of a field is its institution (المجلس البلدي, المجلس التنفيذي): the train
// gold marks المجلس with an unlisted nisba 14 times of 16 (the economic council aside, 2 of 6).
const STRICT_BLOC_HEADS = normalSet('strictBlocHeads');
const FIELD_BLOC_HEADS = normalSet('fieldBlocHeads');
const GENERIC_ADJECTIVES = normalSet('genericAdjectives');
const BLOC_PROCLITICS = new Set(['', 'و', 'ل', 'ب', 'ف', 'ول', 'وب']);
// blocAt is asked at every word: whether it opens with a head is kept on the token.
const BLOC_HEAD = wordFact((norm) => {
  const c = clitics(norm);
  const head = c.definite;
  const known = BLOC_HEADS.has(head) || STRICT_BLOC_HEADS.has(head) || FIELD_BLOC_HEADS.has(head);
  return c.article && BLOC_PROCLITICS.has(c.pre) && known;
});
let meanings: BodyMeanings | undefined;

export function blocAt(
  tokens: readonly RuleToken[],
  i: number,
  lex: CueLexicon,
  isCountryNisba: (w: string) => boolean,
): number {
  if (!fact(tokens[i]!, BLOC_HEAD)) return i;
  const head = clitics(tokens[i]!.norm).definite;
  const strict = STRICT_BLOC_HEADS.has(head);
  const field = FIELD_BLOC_HEADS.has(head);
  meanings ??= bodyMeanings(normalizeText);
  let end = i + 1;
  let named = false;
  let byField = false;
  let listed = 0;
  while (end < tokens.length && end - i <= 4) {
    const t = tokens[end]!;
    const c = clitics(t.norm);
    if (!isWord(t) || !c.article || c.pre !== '' || GENERIC_ADJECTIVES.has(t.norm) || lex.stop.has(t.norm)) break;
    const nisba = isNisbaShaped(c.bare);
    const known = meanings.adjective(t.norm);
    if (!known && (strict || !nisba)) break;
    if (nisba && !isCountryNisba(t.norm)) {
      named = true;
      if (!known) byField = true;
    }
    if (known) listed++;
    end++;
  }
  const enough = strict ? listed >= 2 : field ? byField || listed >= 2 : true;
  return named && enough ? end : i;
}

// A long body name: a definite organisation noun, its adjectives, and a "for ..." complement that
// may go on with genitives and و-joined words: الجماعة السلفية للدعوة والقتال, الهيئة العامة
// للاستثمار والمناطق الحرة, الحركة الشعبية لتحرير الأزواد. The complement is the evidence: a head
// and adjectives alone (المجلس الأعلى, المنظمة الدولية) are as often a description as a name.
const LONG_HEADS = normalSet('longBodyHeads');
const LONG_HEAD = wordFact((norm) => {
  const c = clitics(norm);
  return c.article && LONG_HEADS.has(c.definite);
});
const LONG_ADJECTIVES = normalSet('longBodyAdjectives');
const NOT_LONG_COMPLEMENT = normalSet('longBodyNotComplement');
const DESCRIPTORS = normalSet('descriptors');
const NOT_COMPLEMENT = normalSet('notComplement');

/** A definite word with no proclitic that can go on a body's name (its adjective or genitive). */
function definitePart(t: RuleToken | undefined, lex: CueLexicon): boolean {
  if (!isWord(t) || lex.stop.has(t.norm) || DESCRIPTORS.has(t.norm)) return false;
  const c = clitics(t.norm);
  return c.article && c.pre === '' && t.norm !== 'الله';
}

/** A bare noun of a genitive chain: no clitic, article, verb shape or adjective (عمال in لنقابات عمال فلسطين). */
function chainNoun(t: RuleToken | undefined, lex: CueLexicon): boolean {
  if (!isWord(t) || t.norm.length < 3 || lex.stop.has(t.norm) || DESCRIPTORS.has(t.norm)) return false;
  const c = clitics(t.norm);
  // تحدث, يعمل: an imperfect verb's shape, unless a plural's ending says noun (نقابات); of three
  // letters only with ي (يعد), since ن and ت open short nouns (نفط in شركة نفط البصرة, تمر).
  const short = t.norm.length <= 3 && !t.norm.startsWith('ي');
  const verb = IMPERFECT_OPENING.test(t.norm) && !short && !t.norm.endsWith('ات');
  return c.pre === '' && !c.article && !adjectiveShaped(t, lex) && !verb;
}

/**
 * The end of a genitive chain opening at j: none to two bare nouns, then a known place (فلسطين,
 * عمال فلسطين; its end as knownEnd gives it), or j when the chain ends otherwise.
 */
export function chainToPlace(
  tokens: readonly RuleToken[],
  j: number,
  lex: CueLexicon,
  knownEnd: (i: number) => number,
): number {
  for (let k = j; k - j <= 2; k++) {
    if (knownEnd(k) > k) return knownEnd(k);
    if (!chainNoun(tokens[k], lex) || cueAt(tokens, k, lex)) return j;
  }
  return j;
}

// القوات المسلحة: the armed forces' adjective inside a complement is no descriptor of the body.
const ARMED_FORCES = 'القوات';

/**
 * The body's adjective at k (الحرة), or the armed forces' (القوات المسلحة). A module function, not an
 * arrow in longBodyAt: an arrow that reads its arguments makes V8 allocate a context on every call,
 * and longBodyAt is asked at every word.
 */
function bodyAdjective(tokens: readonly RuleToken[], k: number, lex: CueLexicon): boolean {
  const u = tokens[k];
  return (
    (definitePart(u, lex) && (isNisbaShaped(clitics(u!.norm).bare) || LONG_ADJECTIVES.has(u!.norm))) ||
    (isWord(u) && u.norm.startsWith('المسلح') && clitics(tokens[k - 1]!.norm).definite === ARMED_FORCES)
  );
}

const SELF_END = (k: number): number => k;

export function longBodyAt(
  tokens: readonly RuleToken[],
  i: number,
  lex: CueLexicon,
  knownEnd: (i: number) => number = SELF_END,
): number {
  if (!fact(tokens[i]!, LONG_HEAD)) return i;
  let j = i + 1;
  while (j - i <= 3 && definitePart(tokens[j], lex)) {
    const bare = clitics(tokens[j]!.norm).bare;
    if (!isNisbaShaped(bare) && !LONG_ADJECTIVES.has(tokens[j]!.norm)) break;
    j++;
  }
  if (j === i + 1) return i;
  // The complement: لل + noun (للدعوة), or ل + noun and its definite genitive (لتحرير الأزواد).
  const t = tokens[j];
  if (!isWord(t) || t.norm[0] !== 'ل' || NOT_LONG_COMPLEMENT.has(t.norm) || lex.stop.has(t.norm)) return i;
  const c = clitics(t.norm);
  if (c.article) {
    if (c.pre !== 'ل' || NOT_COMPLEMENT.has(c.definite)) return i;
    j++;
  } else {
    if (t.norm.length < 4 || commonWord(t.norm, lex)) return i;
    // لتحرير الأزواد, or a chain to a known place: لنقابات عمال فلسطين (لإتمام عمليات الشراء, a
    // purpose, ends in a definite word).
    const chain = chainToPlace(tokens, j + 1, lex, knownEnd);
    if (chain > j + 1) return chain;
    if (!definitePart(tokens[j + 1], lex)) return i;
    j += 2;
  }
  // Then its adjectives, and words joined by و with theirs (والقتال, والمناطق الحرة); a bare
  // definite noun here is the sentence's next word (لحقوق الإنسان السلطات).
  let joined = false;
  while (j - i < 9) {
    const u = tokens[j];
    if (bodyAdjective(tokens, j, lex)) j++;
    else if (
      !joined &&
      isWord(u) &&
      clitics(u.norm).article &&
      clitics(u.norm).pre === 'و' &&
      !LONG_HEADS.has(clitics(u.norm).definite) &&
      !cueAt(tokens, j, lex) &&
      !NOT_COMPLEMENT.has(clitics(u.norm).definite) &&
      !lex.stop.has(clitics(u.norm).definite)
    ) {
      j++;
      joined = true;
    } else break;
  }
  return j;
}

// An armed group: a unit noun, plural or singular, and its name, the noun kept inside (كتائب ثورة
// العشرين, سرايا الأشتر, ألوية صلاح الدين, لواء أحرار الجنوب). The name is a definite word, or a
// noun and its definite genitive; an army's own units (كتائب الجيش, ألوية المشاة) and a counted
// noun (ثلاث كتائب) name none.
const SINGULAR_HEADS = normalSet('armedGroupHeadsSingular');
const ARMED_HEADS = new Set([...normalSet('armedGroupHeads'), ...SINGULAR_HEADS]);
const ARMED_UNITS = normalSet('armedUnitWords');

/** كتائب الجيش: an armed-group noun before an army's unit word names no group. */
export const armyUnits = (head: string, next: string): boolean =>
  ARMED_UNITS.has(next) && cueForms(head).some((f) => ARMED_HEADS.has(f));

// Asked of every word of a page (the second test slices every definite form): once per word.
const ARMED_HEAD = wordFact((norm) => {
  const forms = cueForms(norm);
  return forms.some((f) => ARMED_HEADS.has(f)) && !forms.some((f) => f.startsWith('ال') && ARMED_HEADS.has(f.slice(2)));
});

const PLURAL_ENDING = /(ين|ون)$/;

export function armedGroupAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon): number {
  const head = tokens[i]!;
  // ألوية is written with the article's letters (الويه): the definite noun is ال + the head.
  if (!fact(head, ARMED_HEAD)) return i;
  const forms = cueForms(head.norm);
  if (tokens[i - 1]?.kind === 'number') return i;
  const named = (t: RuleToken | undefined): t is RuleToken =>
    isWord(t) && !lex.stop.has(t.norm) && !ARMED_UNITS.has(t.norm) && !DESCRIPTORS.has(t.norm);
  const t = tokens[i + 1];
  if (!named(t) || clitics(t.norm).pre !== '' || cueAt(tokens, i + 1, lex)?.type === 'title') return i;
  // جيش البرلمانيين: a singular army of a people is history's, not a group's name.
  if (forms.some((f) => SINGULAR_HEADS.has(f)) && PLURAL_ENDING.test(t.norm)) return i;
  let end = i + 2;
  if (!clitics(t.norm).article) {
    // ثورة العشرين, شهداء الأقصى: an indefinite noun needs its definite genitive.
    if (isNisbaShaped(t.norm) || !definitePart(tokens[end], lex) || ARMED_UNITS.has(tokens[end]!.norm)) return i;
    end++;
  }
  while (end - i < 5 && definitePart(tokens[end], lex) && inNames(lex, tokens[end]!.norm)) end++;
  return end;
}

// A listed company after its share: سهم إعمار, لسهم تمويل, سهم شعاع كابيتال. The singular share
// names one company; a definite common word after it is the share's owner (سهم الشركة), a count or a
// description no company (سهم واحد, سهم ممتاز), and a definite nisba is left alone (سهم الراجحي is a
// company, سهم الإماراتي is not).
const SHARE_NOUNS = normalSet('shareNouns');
const SHARE_NOT_NAMES = normalSet('shareNotNames');

const BA_LAM_OPENING = /^[بل]/;
const ALEF_OR_IMPERFECT_OPENING = /^(ا|[يتن])/;

const SHARE_HEAD = wordFact((norm) => cueForms(norm).some((f) => SHARE_NOUNS.has(f)));

export function shareAt(tokens: readonly RuleToken[], i: number, lex: CueLexicon): number {
  if (!fact(tokens[i]!, SHARE_HEAD)) return i;
  const t = tokens[i + 1];
  if (!isWord(t) || lex.stop.has(t.norm) || SHARE_NOT_NAMES.has(t.norm) || isNisbaShaped(t.norm)) return i;
  const c = clitics(t.norm);
  if (c.pre !== '' || (c.article && commonWord(t.norm, lex)) || t.norm.endsWith('ه')) return i;
  // شعاع كابيتال: a second word that is no common word nor a verb is the name's too.
  const u = tokens[i + 2];
  const second =
    !c.article &&
    isWord(u) &&
    clitics(u.norm).pre === '' &&
    !clitics(u.norm).article &&
    !lex.stop.has(u.norm) &&
    !commonWord(u.norm, lex) &&
    !adjectiveShaped(u, lex) &&
    // سهم إعمار عاد, سهم أملاك ارتفع: a short word or a verb's shape is the sentence going on;
    // so is a preposition on a word (سهم إعمار لضغوط, سهم أملاك بمعاملات).
    u.norm.length >= 5 &&
    !ALEF_OR_IMPERFECT_OPENING.test(u.norm) &&
    !(BA_LAM_OPENING.test(u.norm) && !inNames(lex, u.norm));
  return second ? i + 3 : i + 2;
}
