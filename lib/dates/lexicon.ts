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

/** One bit per category: a form's categories are one number (keyMaskOf), tested before its entries. */
export const CATEGORY_BIT: Readonly<Record<Category, number>> = {
  gmonth: 1 << 0,
  hmonth: 1 << 1,
  weekday: 1 << 2,
  dayrel: 1 << 3,
  unit: 1 << 4,
  mod: 1 << 5,
  demo: 1 << 6,
  yearnoun: 1 << 7,
  spanprep: 1 << 8,
  context: 1 << 9,
  monthnoun: 1 << 10,
  hmark: 1 << 11,
  gmark: 1 << 12,
  wdcue: 1 << 13,
  nottoday: 1 << 14,
  connector: 1 << 15,
  adverb: 1 << 16,
  countnoun: 1 << 17,
};

export interface Entry {
  cat: Category;
  /** CATEGORY_BIT[cat], compared by the grammar. */
  bit: number;
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
  list.push({ cat, bit: CATEGORY_BIT[cat], rest, value, ambiguous });
  // Longest phrase first, so the first hit in a category is the longest one.
  list.sort((a, b) => b.rest.length - a.rest.length);
}

function addPhrases(): void {
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
}

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
/** Builds the table now, if no text has yet (a host with idle time before its first text). */
export function buildDateLexicon(): void {
  if (!table) build();
}

/**
 * The bit table of the first words' hashes (FNV-1a read backwards, hashOf), bit h & 0xffff for the
 * hash h: a word whose bit is clear cannot start a date.
 */
export function lexiconBloom(): Uint8Array {
  if (!table) build();
  return bloom;
}

/**
 * The lexicon as an open-addressing table over its first words, looked up by a range of the text
 * with no string made: the date grammar asks ten or more questions at each candidate token, and a
 * slice per question made most of findDates' allocation.
 */
interface Table {
  keys: string[];
  /** A power of two. */
  slots: number;
  slotKey: Int32Array;
  keyEntries: Entry[][];
  /** Per key, the bits (CATEGORY_BIT) of every category its entries have. */
  keyMask: Int32Array;
}
let table: Table | null = null;

function rangeHash(lead: number, text: string, from: number, to: number): number {
  let h = lead ? Math.imul(FNV_OFFSET ^ lead, FNV_PRIME) : FNV_OFFSET;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

// The phrases are normalised and indexed the first time a text is scanned for dates, not when the
// module loads: the content script carries the date finder for the publication date's visible-date
// fallback, which most pages never reach (2-5 ms of every page's evaluation, session 15).
function build(): Table {
  addPhrases();
  for (const [key, list] of lexicon) {
    if (!list.some((e) => STARTERS.has(e.cat))) continue;
    addToBloom(key);
    // لل + noun drops the article's alef (للعام): the scanner sees ل + عام after stripping one ل.
    if (key.startsWith('ال')) addToBloom('ل' + key.slice(2));
  }
  // Glued before a day number: الـ18, و18.
  for (const w of ['ال', 'و', 'وال']) addToBloom(w);
  const keys = [...lexicon.keys()];
  const slots = 1 << Math.ceil(Math.log2(keys.length * 4));
  const slotKey = new Int32Array(slots).fill(-1);
  for (let k = 0; k < keys.length; k++) {
    let slot = rangeHash(0, keys[k]!, 0, keys[k]!.length) & (slots - 1);
    while (slotKey[slot] !== -1) slot = (slot + 1) & (slots - 1);
    slotKey[slot] = k;
  }
  const keyEntries = [...lexicon.values()];
  const keyMask = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) for (const e of keyEntries[k]!) keyMask[k]! |= CATEGORY_BIT[e.cat];
  return (table = { keys, slots, slotKey, keyEntries, keyMask });
}

/**
 * The index of the key text[from, to) (preceded by the letter `lead` when it is not 0: the alef that
 * لل+noun drops), or -1: the date grammar keeps this per token and tests keyMaskOf() before reading
 * the entries.
 */
export function keyAt(text: string, from: number, to: number, lead = 0): number {
  const { keys, slots, slotKey } = table ?? build();
  const len = to - from + (lead ? 1 : 0);
  let slot = rangeHash(lead, text, from, to) & (slots - 1);
  for (let k = slotKey[slot]!; k !== -1; k = slotKey[(slot = (slot + 1) & (slots - 1))]!) {
    const key = keys[k]!;
    if (key.length !== len) continue;
    let at = 0;
    if (lead && key.charCodeAt(at++) !== lead) continue;
    let same = true;
    for (let c = from; c < to && same; c++) same = key.charCodeAt(at++) === text.charCodeAt(c);
    if (same) return k;
  }
  return -1;
}

/** The categories (CATEGORY_BIT) key k has, 0 for -1. */
export function keyMaskOf(k: number): number {
  return k < 0 ? 0 : table!.keyMask[k]!;
}

/** The entries of key k (a keyAt() answer other than -1). */
export function keyEntriesOf(k: number): Entry[] {
  return table!.keyEntries[k]!;
}

/** Entries whose first word is text[from, to), preceded by `lead` as in keyAt(). */
export function entriesAt(text: string, from: number, to: number, lead = 0): Entry[] | undefined {
  const k = keyAt(text, from, to, lead);
  return k < 0 ? undefined : table!.keyEntries[k];
}

export function entriesFor(word: string): Entry[] | undefined {
  return entriesAt(word, 0, word.length);
}

/** Categories whose first word may carry a proclitic (وأمس, بالأمس, للعام, ومنذ): the starters and context words. */
export const CLITIC_BITS = [...STARTERS, 'context' as const].reduce((m, c) => m | CATEGORY_BIT[c], 0);
/** The starters (STARTERS) as one mask of CATEGORY_BIT. */
export const STARTER_BITS = [...STARTERS].reduce((m, c) => m | CATEGORY_BIT[c], 0);

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;
const ALEF = 0x627;

/**
 * Where text[from, to) starts without its proclitics (و ف, then ب ل ك), or -1 when it has none;
 * only bare forms of at least two letters count. Returned as start * 2 + 1 when the bare form is
 * read after an alef: لل + noun is ل + الnoun with the article's alef dropped (للعام = ل + العام).
 */
function bareStart(text: string, from: number, to: number): number {
  let i = from;
  let c = text.charCodeAt(i);
  if (c === WAW || c === FA) c = ++i < to ? text.charCodeAt(i) : NaN;
  if (c === BA || c === KAF) {
    i++;
  } else if (c === LAM) {
    if (i + 1 < to && text.charCodeAt(i + 1) === LAM && to - i > 3) return (i + 1) * 2 + 1;
    i++;
  }
  return i > from && to - i >= 2 ? i * 2 : -1;
}

/** The word without its proclitics (و ف, then ب ل ك; لل+X is ل+الX), or null when it has none. */
export function stripClitics(w: string): string | null {
  const b = bareStart(w, 0, w.length);
  return b < 0 ? null : (b & 1 ? String.fromCharCode(ALEF) : '') + w.slice(b >> 1);
}

/** The key (keyAt) of text[from, to) without its proclitics, or -1 when it has none or no entries. */
export function bareKeyAt(text: string, from: number, to: number): number {
  const b = bareStart(text, from, to);
  return b < 0 ? -1 : keyAt(text, b >> 1, to, b & 1 ? ALEF : 0);
}

/** Entries for text[from, to) without its proclitics, or null when the word has none. */
export function bareEntriesAt(text: string, from: number, to: number): Entry[] | undefined | null {
  const b = bareStart(text, from, to);
  return b < 0 ? null : entriesAt(text, b >> 1, to, b & 1 ? ALEF : 0);
}
