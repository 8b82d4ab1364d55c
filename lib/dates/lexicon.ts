// The date vocabulary (CLDR + hand-curated extras) as normalised phrase lookups, keyed by the
// phrase's first word so that the scanner does one Map lookup per token.
import { normalizeText } from '../text/normalize';
import { CLDR_GREGORIAN_MONTHS, CLDR_HIJRI_MONTHS, CLDR_RELATIVE, CLDR_WEEKDAYS } from './months.generated';
import * as X from './months-extra';

export type Category =
  | 'gmonth' // value: month 1–12
  | 'hmonth' // value: Hijri month 1–12
  | 'weekday' // value: 0 = Sunday
  | 'dayrel' // value: day offset
  | 'unit' // value: 0 week, 1 month, 2 year
  | 'mod' // value: offset
  | 'demo'
  | 'yearnoun'
  | 'spanprep'
  | 'context'
  | 'monthnoun'
  | 'hmark'
  | 'gmark'
  | 'wdcue'
  | 'nottoday'
  | 'connector'
  | 'adverb'
  | 'countnoun';

export interface Entry {
  cat: Category;
  /** Normalised words after the first one (multi-word phrases such as كانون الثاني). */
  rest: string[];
  value: number;
  /** Month spellings that are also ordinary words (آب = أب "father" once normalised). */
  ambiguous: boolean;
}

const UNIT_WEEK = 0;
export const UNIT_MONTH = 1;
const UNIT_YEAR = 2;
const UNIT_CODES = { week: UNIT_WEEK, month: UNIT_MONTH, year: UNIT_YEAR } as const;

const lexicon = new Map<string, Entry[]>();

function words(phrase: string): string[] {
  return normalizeText(phrase)
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
}

function add(phrase: string, cat: Category, value = 0, ambiguous = false): void {
  const [first, ...rest] = words(phrase);
  if (!first) return;
  let list = lexicon.get(first);
  if (!list) lexicon.set(first, (list = []));
  if (list.some((e) => e.cat === cat && e.rest.join(' ') === rest.join(' '))) return;
  list.push({ cat, rest, value, ambiguous });
  // Longest phrase first, so the first hit in a category is the longest one.
  list.sort((a, b) => b.rest.length - a.rest.length);
}

const ambiguousMonths = new Set(X.AMBIGUOUS_MONTHS.map(normalizeText));
for (const table of [CLDR_GREGORIAN_MONTHS, X.EXTRA_GREGORIAN_MONTHS]) {
  table.forEach((names, i) => names.forEach((n) => add(n, 'gmonth', i + 1, ambiguousMonths.has(normalizeText(n)))));
}
for (const table of [CLDR_HIJRI_MONTHS, X.EXTRA_HIJRI_MONTHS]) {
  table.forEach((names, i) => names.forEach((n) => add(n, 'hmonth', i + 1)));
}
const ambiguousWeekdays = new Set(X.AMBIGUOUS_WEEKDAYS);
for (const table of [CLDR_WEEKDAYS, X.EXTRA_WEEKDAYS]) {
  table.forEach((names, i) => names.forEach((n) => add(n, 'weekday', i, ambiguousWeekdays.has(i))));
}

// CLDR's week/month/year phrases are "unit modifier" or "demonstrative unit": split them so that
// every modifier combines with every unit noun (الشهر الجاري, العام المقبل …).
for (const r of CLDR_RELATIVE) {
  if (r.unit === 'day') {
    add(r.text, 'dayrel', r.offset);
    continue;
  }
  const [a, b] = r.text.split(' ');
  if (!a || !b) continue;
  if (r.offset === 0 && X.DEMONSTRATIVES.some((d) => normalizeText(d) === normalizeText(a))) {
    add(b, 'unit', UNIT_CODES[r.unit]);
  } else {
    add(a, 'unit', UNIT_CODES[r.unit]);
    add(b, 'mod', r.offset);
  }
}
for (const r of X.EXTRA_DAY_RELATIVE) add(r.text, 'dayrel', r.offset);
for (const u of X.UNIT_NOUNS) add(u.text, 'unit', UNIT_CODES[u.unit]);
for (const m of X.MODIFIERS) add(m.text, 'mod', m.offset);
const simple: [readonly string[], Category][] = [
  [X.DEMONSTRATIVES, 'demo'],
  [X.YEAR_NOUNS, 'yearnoun'],
  [X.SPAN_PREPOSITIONS, 'spanprep'],
  [X.CONTEXT_WORDS, 'context'],
  [X.MONTH_NOUNS, 'monthnoun'],
  [X.HIJRI_MARKERS, 'hmark'],
  [X.GREGORIAN_MARKERS, 'gmark'],
  [X.WEEKDAY_CUES, 'wdcue'],
  [X.NOT_TODAY_BEFORE, 'nottoday'],
  [X.YEAR_CONNECTORS, 'connector'],
  [X.ADVERBS_IN_ALIF, 'adverb'],
  [X.COUNT_NOUNS, 'countnoun'],
];
for (const [list, cat] of simple) for (const w of list) add(w, cat);

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the word read backwards (the scanner hashes all suffixes of a word in one pass). */
function hashOf(w: string): number {
  let h = FNV_OFFSET;
  for (let k = w.length - 1; k >= 0; k--) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
  return h;
}

// One bit per 16-bit hash bucket: a word whose bucket is empty cannot start a date.
const bloom = new Uint8Array(8192);
function addToBloom(w: string): void {
  const b = hashOf(w) & 0xffff;
  bloom[b >> 3]! |= 1 << (b & 7);
}
/** Categories a date can start with; context words (في) and trailing words (الماضي) only follow. */
const STARTERS: ReadonlySet<Category> = new Set<Category>([
  'gmonth',
  'hmonth',
  'weekday',
  'dayrel',
  'unit',
  'demo',
  'yearnoun',
  'spanprep',
  'monthnoun',
  'wdcue',
]);
for (const [key, list] of lexicon) {
  if (!list.some((e) => STARTERS.has(e.cat))) continue;
  addToBloom(key);
  // لل + noun drops the article's alef (للعام): the scanner sees ل + عام after stripping one ل.
  if (key.startsWith('ال')) addToBloom('ل' + key.slice(2));
}
// Glued before a day number: الـ18, و18.
for (const w of ['ال', 'و', 'وال']) addToBloom(w);

export function mayBeLexiconWord(hash: number): boolean {
  const b = hash & 0xffff;
  return (bloom[b >> 3]! & (1 << (b & 7))) !== 0;
}

export function entriesFor(word: string): Entry[] | undefined {
  return lexicon.get(word);
}

/** Categories whose first word may carry a proclitic (وأمس, بالأمس, للعام, ومنذ): the starters and context words. */
export const CLITIC_CATEGORIES: ReadonlySet<Category> = new Set<Category>([...STARTERS, 'context']);

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;
const ALEF = 0x627;

/**
 * The word without its proclitics (و ف, then ب ل ك; لل+X is ل+الX), or null when it has none.
 * Only forms of at least two letters are returned.
 */
export function stripClitics(w: string): string | null {
  let i = 0;
  let c = w.charCodeAt(0);
  if (c === WAW || c === FA) c = w.charCodeAt(++i);
  if (c === BA || c === KAF) {
    i++;
  } else if (c === LAM) {
    // لل + noun: the article's alef is dropped after ل (للعام = ل + العام).
    if (w.charCodeAt(i + 1) === LAM && w.length - i > 3) return String.fromCharCode(ALEF) + w.slice(i + 1);
    i++;
  }
  return i > 0 && w.length - i >= 2 ? w.slice(i) : null;
}
