// Proclitic and suffix analysis of NORMALISED words, as data (Yomitan style). Two readings share
// one table of clitic letters: `proclitics` proposes every split and the caller's lexicon decides
// which is real, so a name that begins with a clitic letter (وزير، بغداد، كييف، فيينا) stays whole
// when the lexicon has it whole; `clitics` splits only where no lexicon is needed (before ال).

import { wordFact } from './word-facts';

export interface Analysis {
  /** Clitic letters removed from the front of the word, e.g. 'وب'. */
  prefix: string;
  /** What remains; after لل the stem gets its ال back (للامم → الامم), so prefix + stem may differ from the word. */
  stem: string;
  /** True when an ال was removed from the stem or is still at its start. */
  article: boolean;
}

export interface CliticRule {
  name: string;
  description: string;
  slot: 'conjunction' | 'preposition' | 'article';
  /** The letters the rule removes from the front of the word. */
  letters: string;
  /** The surface letters removed and the remaining stem, or null when the rule does not apply. */
  process(word: string): { removed: string; rest: string } | null;
}

/** Stems shorter than this are never proposed (a one-letter stem is always a wrong split). */
const MIN_STEM = 2;

function strip(letters: string, restore = ''): Pick<CliticRule, 'letters' | 'process'> {
  const process = (word: string): { removed: string; rest: string } | null => {
    if (!word.startsWith(letters)) return null;
    const rest = restore + word.slice(letters.length);
    return rest.length - restore.length >= MIN_STEM ? { removed: letters, rest } : null;
  };
  return { letters, process };
}

export const CLITIC_RULES: readonly CliticRule[] = [
  { name: 'wa', description: 'وروسيا → روسيا', slot: 'conjunction', ...strip('و') },
  { name: 'fa', description: 'فبغداد → بغداد', slot: 'conjunction', ...strip('ف') },
  { name: 'bi', description: 'بالعراق → العراق', slot: 'preposition', ...strip('ب') },
  { name: 'ka', description: 'كروسيا → روسيا', slot: 'preposition', ...strip('ك') },
  { name: 'li', description: 'لروسيا → روسيا', slot: 'preposition', ...strip('ل') },
  // ل + ال is written لل: the article's alef is restored so the stem can match الامم as well as امم.
  { name: 'li-al', description: 'للامم → الامم', slot: 'preposition', ...strip('ل', 'ا') },
  { name: 'al', description: 'الجزائر → جزائر', slot: 'article', ...strip('ال') },
];

const bySlot = (slot: CliticRule['slot']) => CLITIC_RULES.filter((r) => r.slot === slot);
const CONJ = bySlot('conjunction');
const PREP = bySlot('preposition');
const ART = bySlot('article');

// A page asks for the splits of the same words many times over (every stage, the tagger's features
// and the context rules): each word's list is made once and shared, read-only.
const procliticsCache = new Map<string, readonly Readonly<Analysis>[]>();

// A word with no split (one letter, a mark) gets this list, whose elements kind is the others' (V8
// counts an empty literal as a list of small integers, another hidden class): a stage optimised on
// non-empty lists dropped its code at the first empty one, and compiled again, on every page.
const NO_SPLITS: readonly Readonly<Analysis>[] = ((): Analysis[] => {
  const a = [{ prefix: '', stem: '', article: false }];
  a.pop();
  return a;
})();

/**
 * Every plausible split of a normalised word, the unsplit word first, then by increasing prefix
 * length. Order of clitics: (و|ف)? (ب|ك|ل|لل)? (ال)?.
 */
export function proclitics(norm: string): readonly Readonly<Analysis>[] {
  let a = procliticsCache.get(norm);
  if (a === undefined) {
    if (procliticsCache.size >= 50_000) procliticsCache.clear();
    a = splitsOf(norm);
    if (a.length === 0) a = NO_SPLITS;
    procliticsCache.set(norm, a);
  }
  return a;
}

function splitsOf(norm: string): Analysis[] {
  const out: Analysis[] = [];
  const seen = new Set<string>();
  const add = (prefix: string, stem: string, article: boolean): void => {
    const key = prefix + '|' + stem;
    if (stem.length < MIN_STEM || seen.has(key)) return;
    seen.add(key);
    out.push({ prefix, stem, article });
  };
  const withArticle = (prefix: string, stem: string, articleRemoved: boolean): void => {
    add(prefix, stem, articleRemoved || stem.startsWith('ال'));
    if (articleRemoved) return;
    for (const rule of ART) {
      const r = rule.process(stem);
      if (r) add(prefix + r.removed, r.rest, true);
    }
  };
  const afterConj = (prefix: string, rest: string): void => {
    withArticle(prefix, rest, false);
    for (const rule of PREP) {
      const r = rule.process(rest);
      if (!r) continue;
      if (rule.name === 'li-al') {
        // Only a real لل: the restored ال is then also removable (prefix 'لل').
        if (!rest.startsWith('لل')) continue;
        add(prefix + r.removed, r.rest, true);
        if (r.rest.length - 2 >= MIN_STEM) add(prefix + 'لل', r.rest.slice(2), true);
      } else {
        // ل + ال is always spelt لل, so after a plain ل no further ال is stripped (no لال + عراق).
        if (rule.name === 'li') add(prefix + r.removed, r.rest, r.rest.startsWith('ال'));
        else withArticle(prefix + r.removed, r.rest, false);
      }
    }
  };
  afterConj('', norm);
  for (const rule of CONJ) {
    const r = rule.process(norm);
    if (r) afterConj(r.removed, r.rest);
  }
  return out.sort((a, b) => a.prefix.length - b.prefix.length);
}

/** The sure reading of a token's proclitics, for features and cue matching. */
export interface Clitics {
  /** Proclitics split off before the article: '', 'و', 'ب', 'وب', 'فل', ... */
  pre: string;
  /** True when the token carries the article ال (or the لل contraction). */
  article: boolean;
  /** Token without conj/prep, with the article kept: والرئيس → الرييس, للأمم → الامم. */
  definite: string;
  /** Token without any proclitic: والرئيس → رييس. */
  bare: string;
  /** Token without a leading و/ف when that is NOT certain (وبوتين → بوتين), else null. */
  alt: string | null;
}

const lettersOf = (rules: readonly CliticRule[]): Set<string> => new Set(rules.map((r) => r.letters));
const CONJ_LETTERS = lettersOf(CONJ);
const PREP_LETTERS = lettersOf(PREP);
const ARTICLE = ART[0]!.letters;
const ALEF = ARTICLE[0]!;
const LAM = ARTICLE[1]!;

/** Article and preposition read at position i of w; null when no article is there. */
function articleAt(w: string, i: number): Clitics | null {
  const rest = w.length - i;
  if (w.startsWith(ARTICLE, i) && rest > 3) {
    return { pre: w.slice(0, i), article: true, definite: w.slice(i), bare: w.slice(i + 2), alt: null };
  }
  if (w[i] === LAM && w[i + 1] === LAM && rest > 4) {
    // لل = ل + ال with the alef dropped.
    return { pre: w.slice(0, i + 1), article: true, definite: ALEF + w.slice(i + 1), bare: w.slice(i + 2), alt: null };
  }
  if (PREP_LETTERS.has(w[i] ?? '') && w.startsWith(ARTICLE, i + 1) && rest > 4) {
    return { pre: w.slice(0, i + 1), article: true, definite: w.slice(i + 1), bare: w.slice(i + 3), alt: null };
  }
  return null;
}

// Asked of most tokens of a page by the rules: kept on the token (word-facts.ts).
/** The word carries a proclitic before its article (`clitics(norm).pre !== ''`). */
export const WITH_PROCLITIC = wordFact((norm) => clitics(norm).pre !== '');
/** The word carries the article (`clitics(norm).article`). */
export const DEFINITE = wordFact((norm) => clitics(norm).article);

// The stages ask about the same words again and again (a page repeats them, and each stage and the
// tagger's features split them): each word's answer is computed once and shared, read-only.
const cliticsCache = new Map<string, Readonly<Clitics>>();

/**
 * The split no lexicon has to confirm. An initial و ف ب ك ل is often a root letter (وزير, فرنسا,
 * بوتين, لافروف, كابول), so a clitic comes off only when the article follows it (والرئيس, بالعراق,
 * للأمم, وللأمم); the other reading (وبوتين → بوتين) is offered as `alt` for callers that check a
 * lexicon.
 */
export function clitics(norm: string): Readonly<Clitics> {
  let c = cliticsCache.get(norm);
  if (c === undefined) {
    if (cliticsCache.size >= 50_000) cliticsCache.clear();
    c = splitClitics(norm);
    cliticsCache.set(norm, c);
  }
  return c;
}

function splitClitics(norm: string): Clitics {
  const direct = articleAt(norm, 0);
  if (direct) return direct;
  const conj = CONJ_LETTERS.has(norm[0] ?? '');
  if (conj) {
    const after = articleAt(norm, 1);
    if (after) return after;
  }
  const alt = conj && norm.length > 3 ? norm.slice(1) : null;
  return { pre: '', article: false, definite: norm, bare: norm, alt };
}

/**
 * The analysis whose stem the lexicon has, preferring the shortest prefix (the unsplit word wins
 * when the lexicon has it), so وزير stays وزير but وبافغانستان becomes وب + افغانستان.
 */
export function splitAgainst(norm: string, has: (stem: string) => boolean): Analysis | null {
  for (const a of proclitics(norm)) if (has(a.stem)) return a;
  return null;
}

interface SuffixRule {
  suffix: string;
  description: string;
  /** Pronoun suffixes never follow ال (a definite noun takes no possessive). */
  pronoun: boolean;
}

// Longest first so that هما is tried before ما and ها.
const SUFFIX_RULES: readonly SuffixRule[] = [
  { suffix: 'هما', description: 'حكومتهما → حكومه', pronoun: true },
  { suffix: 'كما', description: 'بلدكما → بلد', pronoun: true },
  { suffix: 'ها', description: 'رييسها → رييس', pronoun: true },
  { suffix: 'هم', description: 'قادتهم → قاده', pronoun: true },
  { suffix: 'هن', description: 'بيوتهن → بيوت', pronoun: true },
  { suffix: 'كم', description: 'بلادكم → بلاد', pronoun: true },
  { suffix: 'كن', description: 'بيوتكن → بيوت', pronoun: true },
  { suffix: 'نا', description: 'بلادنا → بلاد', pronoun: true },
  { suffix: 'ه', description: 'حزبه → حزب', pronoun: true },
  { suffix: 'ي', description: 'بلدي → بلد', pronoun: true },
  { suffix: 'ان', description: 'الوزيران → الوزير', pronoun: false },
  { suffix: 'ين', description: 'المسلحين → المسلح', pronoun: false },
  { suffix: 'ون', description: 'المسلحون → المسلح', pronoun: false },
  { suffix: 'ات', description: 'الولايات → الولايه', pronoun: false },
];

/** Letters a stem needs outside its ال before a suffix is proposed (keeps فيها, بها, كتب whole). */
const MIN_SUFFIX_STEM = 3;

/**
 * Candidate (stem, suffix) splits, longest suffix first; the unsplit word is not included. A stem
 * ending in ت before a pronoun or dual also yields its ta marbuta form (حكومته → حكومه), and a
 * plural in ات yields the singular in ه (ولايات → ولايه).
 */
export function suffixes(norm: string): { stem: string; suffix: string }[] {
  const out: { stem: string; suffix: string }[] = [];
  const definite = norm.startsWith('ال');
  for (const rule of SUFFIX_RULES) {
    if (!norm.endsWith(rule.suffix)) continue;
    if (rule.pronoun && definite) continue;
    const stem = norm.slice(0, norm.length - rule.suffix.length);
    const core = definite ? stem.length - 2 : stem.length;
    if (core < MIN_SUFFIX_STEM) continue;
    out.push({ stem, suffix: rule.suffix });
    if (stem.endsWith('ت') && (rule.pronoun || rule.suffix === 'ان' || rule.suffix === 'ين')) {
      out.push({ stem: stem.slice(0, -1) + 'ه', suffix: rule.suffix });
    }
    if (rule.suffix === 'ات') out.push({ stem: stem + 'ه', suffix: rule.suffix });
  }
  return out;
}
