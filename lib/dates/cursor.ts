// Token access shared by the date grammar: category lookups (with proclitics on the first word),
// digit checks, adjacency and line checks.
import type { Ymd } from './gregorian';
import {
  bareKeyAt,
  CATEGORY_BIT as CAT,
  CLITIC_BITS,
  keyAt,
  keyEntriesOf,
  keyMaskOf,
  STARTER_BITS,
  type Entry,
} from './lexicon';
import { NUM, WORD, wordOf, type Tokens } from './scan';

export interface State {
  t: Tokens;
  ref: Ymd | null;
  /** The original text and normalize()'s map, for the few checks that need unfolded letters. */
  original: string;
  map: Int32Array;
  /** The lexicon's answers for the last tokens asked about (newMemo()). */
  memo: Memo;
}

/**
 * The grammar asks ten or more questions about each candidate token and its neighbours, each for one
 * category: the token's lexicon keys (whole and without proclitics, keyAt) are found once and kept
 * in a small table by token index, and each question first tests the key's category bits.
 */
interface Memo {
  token: Int32Array;
  whole: Int32Array;
  bareToken: Int32Array;
  bare: Int32Array;
}
const MEMO_SLOTS = 16;

// One memo for every call, emptied at its start (findDates is synchronous): a fresh one per call
// left optimised lookups tied to the last call's objects, and V8 threw that code away on the
// next call after a collection (calls of 1 MB alternated between 10 and 40 ms).
const MEMO: Memo = {
  token: new Int32Array(MEMO_SLOTS),
  whole: new Int32Array(MEMO_SLOTS),
  bareToken: new Int32Array(MEMO_SLOTS),
  bare: new Int32Array(MEMO_SLOTS),
};

/** The memo, emptied: good until the next call. */
export function newMemo(): Memo {
  MEMO.token.fill(-1);
  MEMO.bareToken.fill(-1);
  return MEMO;
}

/** The original character that produced the last character of token i. */
export function lastOriginalChar(s: State, i: number): number {
  return s.original.charCodeAt(s.map[s.t.end[i]! - 1]!);
}

export interface Hit {
  entry: Entry;
  /** Token index after the phrase. */
  next: number;
  /** The word carried a proclitic (وأمس, للعام). */
  clitic: boolean;
}

/** A parsed mention in token indices. */
export interface Match {
  first: number;
  next: number;
  value: string;
  cal: 'gregorian' | 'hijri';
}

function matchIn(s: State, list: Entry[], i: number, bit: number, clitic: boolean): Hit | null {
  const t = s.t;
  outer: for (const e of list) {
    if (e.bit !== bit) continue;
    for (let k = 0; k < e.rest.length; k++) {
      const j = i + 1 + k;
      if (j >= t.count || t.newline[j] || t.kind[j] !== WORD || !sameWord(t, j, e.rest[k]!)) continue outer;
    }
    return { entry: e, next: i + 1 + e.rest.length, clitic };
  }
  return null;
}

/**
 * The phrase of one category starting at token i (longest first), or null. bit: the category's
 * CATEGORY_BIT (CAT.gmonth): a number, where a category name read the bit from a record by a
 * variable key, the grammar's costliest line.
 */
export function lookup(s: State, i: number, bit: number, allowClitic = true): Hit | null {
  if (i < 0 || i >= s.t.count) return null;
  const whole = wholeKey(s, i);
  const hit = keyMaskOf(whole) & bit ? matchIn(s, keyEntriesOf(whole), i, bit, false) : null;
  if (hit || !allowClitic || !(CLITIC_BITS & bit)) return hit;
  const bare = bareKey(s, i);
  return keyMaskOf(bare) & bit ? matchIn(s, keyEntriesOf(bare), i, bit, true) : null;
}

// No lexicon form has a digit, so a number's questions are answered without hashing it.
/** Token i's lexicon key (keyAt), memoised. */
function wholeKey(s: State, i: number): number {
  const m = s.memo;
  const slot = i & (MEMO_SLOTS - 1);
  if (m.token[slot] !== i) {
    const t = s.t;
    m.whole[slot] = t.kind[i] === NUM ? -1 : keyAt(t.text, t.start[i]!, t.end[i]!);
    m.token[slot] = i;
  }
  return m.whole[slot]!;
}

/** Token i's lexicon key without its proclitics (bareKeyAt), memoised. */
function bareKey(s: State, i: number): number {
  const m = s.memo;
  const slot = i & (MEMO_SLOTS - 1);
  if (m.bareToken[slot] !== i) {
    const t = s.t;
    m.bare[slot] = t.kind[i] === NUM ? -1 : bareKeyAt(t.text, t.start[i]!, t.end[i]!);
    m.bareToken[slot] = i;
  }
  return m.bare[slot]!;
}

/**
 * Token i (a word) may start a date: a form of a starting category, with or without proclitics, or
 * an article or و glued before a day number (الـ18, و18). The scanner's bit table lets through a
 * tenth of its words by a hash collision (فلاديمير, الدولي); they stop here, before the grammar's
 * questions and the context word before them.
 */
export function mayStartDate(s: State, i: number): boolean {
  if ((keyMaskOf(wholeKey(s, i)) | keyMaskOf(bareKey(s, i))) & STARTER_BITS) return true;
  return isWord(s, i, 'ال') || isWord(s, i, 'و') || isWord(s, i, 'وال');
}

/** Token i is the word w (compared in place: no string is made). */
function sameWord(t: Tokens, i: number, w: string): boolean {
  const from = t.start[i]!;
  if (t.end[i]! - from !== w.length) return false;
  for (let k = 0; k < w.length; k++) if (t.text.charCodeAt(from + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** Token i exists and is the word w. */
export function isWord(s: State, i: number, w: string): boolean {
  return i >= 0 && i < s.t.count && sameWord(s.t, i, w);
}

/** Same as lookup, but the token must be on the same line as the previous one. */
export function lookupOnLine(s: State, i: number, bit: number, allowClitic = false): Hit | null {
  if (i >= s.t.count || s.t.newline[i]) return null;
  return lookup(s, i, bit, allowClitic);
}

export function isNum(s: State, i: number, minDigits = 1, maxDigits = 4): boolean {
  if (i >= s.t.count || s.t.kind[i] !== NUM) return false;
  const len = s.t.end[i]! - s.t.start[i]!;
  return len >= minDigits && len <= maxDigits;
}

export function numAt(s: State, i: number): number {
  return Number(wordOf(s.t, i));
}

export function wordAt(s: State, i: number): string {
  return i >= 0 && i < s.t.count ? wordOf(s.t, i) : '';
}

/** Token i touches the previous token (no space between). */
export function glued(s: State, i: number): boolean {
  return i > 0 && i < s.t.count && s.t.start[i] === s.t.end[i - 1];
}

export function onSameLine(s: State, i: number): boolean {
  return i < s.t.count && s.t.newline[i] === 0;
}

/** A digit run that is part of a larger number (1.5, 2,019, 1/2/3/2021) or a percentage. */
export function inLargerNumber(s: State, first: number, last: number): boolean {
  const seps = '.,/:';
  const before = first - 1;
  if (glued(s, first) && seps.includes(wordAt(s, before)) && glued(s, before) && s.t.kind[before - 1] === NUM)
    return true;
  const after = last + 1;
  if (glued(s, after) && isWord(s, after, '%')) return true;
  return glued(s, after) && seps.includes(wordAt(s, after)) && glued(s, after + 1) && s.t.kind[after + 1] === NUM;
}

/** A preceding word (same line) that makes a bare year or month a date: في, خلال, منذ, مطلع … */
export function hasContextBefore(s: State, i: number): boolean {
  if (i === 0 || s.t.newline[i]) return false;
  return lookup(s, i - 1, CAT.context) !== null || lookup(s, i - 1, CAT.spanprep) !== null;
}
