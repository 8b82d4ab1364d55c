// A light token scan of NORMALISED text for the date finder: Arabic words, ASCII digit runs
// (normalisation has already turned Arabic-Indic and Persian digits into ASCII), Latin words, and
// one-character punctuation. Spaces separate tokens; a line break is remembered because a date
// never continues onto the next line.
//
// Speed: word strings are sliced only when read (wordOf). While scanning, each Arabic word is hashed (whole,
// and without one or two leading proclitic letters) and checked against a small bit table of the
// lexicon's first words (lexicon.ts); only words that pass may start a date, so most tokens cost a
// few arithmetic operations and no allocation.
import { ARABIC_LETTER_RANGES } from '../text/normalize';
import { FNV_OFFSET, FNV_PRIME, lexiconBloom } from './lexicon';

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
const LATIN = 3;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** 1 when a line break separates this token from the previous one. */
  newline: Uint8Array;
  /** 1 when the token is a number, or a word that may be (a proclitic +) a lexicon first word. */
  candidate: Uint8Array;
  /** The normalised text the offsets refer to. */
  text: string;
}

export function wordOf(t: Tokens, i: number): string {
  // Sliced on each call, not kept: only words near candidates are read, a few times each, and a
  // short slice costs less than any cache of one entry per token.
  return t.text.slice(t.start[i]!, t.end[i]!);
}

const C_OTHER = 0;
const C_SPACE = 1;
const C_NEWLINE = 2;
const C_AR = 3;
const C_DIGIT = 4;
const C_LATIN = 5;

// The classes' ranges are disjoint; each is filled on its own (not by testing all 65,536 units).
const cls = new Uint8Array(0x10000);
for (const [from, to] of ARABIC_LETTER_RANGES) cls.fill(C_AR, from, to + 1);
cls.fill(C_DIGIT, 0x30, 0x3a);
for (const [from, to] of [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x24f],
] as const)
  cls.fill(C_LATIN, from, to + 1);
for (const c of [0x20, 0x09, 0xa0, 0x202f, 0x3000]) cls[c] = C_SPACE;
cls.fill(C_SPACE, 0x2000, 0x200b);
for (const c of [0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029]) cls[c] = C_NEWLINE;
// The normaliser removes harakat; any it leaves (none today) must not split a word.
for (let c = 0x064b; c <= 0x065f; c++) cls[c] = C_AR;

const WAW = 0x648;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;

/**
 * The end of the token of class c that starts at s, times two, plus 1 when it may start a date: a
 * number, or an Arabic word that is, whole or without one or two proclitic letters, in the
 * lexicon's bit table of first words (lexiconBloom). One backward pass hashes every suffix of the
 * word, so the forms without proclitics (وأمس → أمس, وبالأمس → الأمس) cost nothing extra.
 *
 * One function, longer than V8 inlines (460 bytes of bytecode), on purpose: inlined in scan's loop,
 * the word's hashing made that loop's compile larger, and a page's first call ran in the
 * interpreter while it compiled (scan's first call on 1 MB: 32 ms of CPU, 24 with this apart).
 */
function tokenEnd(text: string, s: number, n: number, c: number): number {
  if (c === C_OTHER) return (s + 1) * 2;
  let e = s + 1;
  while (e < n && cls[text.charCodeAt(e)] === c) e++;
  if (c !== C_AR) return c === C_DIGIT ? e * 2 + 1 : e * 2;
  let h = FNV_OFFSET;
  for (let k = e - 1; k > s + 1; k--) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  const bloom = lexiconBloom();
  const len = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = len > 1 ? text.charCodeAt(s + 1) : 0;
  // Word without two leading letters (و/ف + ب/ل/ك).
  if (
    len >= 4 &&
    (c0 === WAW || c0 === FA) &&
    (c1 === BA || c1 === LAM || c1 === KAF) &&
    bloom[(h & 0xffff) >> 3]! & (1 << (h & 7))
  )
    return e * 2 + 1;
  if (len > 1) {
    h = Math.imul(h ^ c1, FNV_PRIME);
    if (
      len >= 3 &&
      (c0 === WAW || c0 === FA || c0 === BA || c0 === LAM || c0 === KAF) &&
      bloom[(h & 0xffff) >> 3]! & (1 << (h & 7))
    )
      return e * 2 + 1;
  }
  h = Math.imul(h ^ c0, FNV_PRIME);
  return bloom[(h & 0xffff) >> 3]! & (1 << (h & 7)) ? e * 2 + 1 : e * 2;
}

// The arrays are kept from call to call (a page of news is a hundred thousand tokens, and findDates
// reads them only while it runs): a Tokens is good until the next scan.
let buf = arrays(1024);
function arrays(cap: number) {
  return {
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    kind: new Uint8Array(cap),
    newline: new Uint8Array(cap),
    candidate: new Uint8Array(cap),
  };
}
// Kept up to a megabyte or so of text (the engine reads a long page in chunks of 100,000
// characters); a longer text gets arrays of its own.
const KEEP_MAX = 1 << 18;

export function scan(text: string): Tokens {
  const n = text.length;
  // Upper bound on tokens: one per character; grown lazily in the rare dense case.
  let cap = Math.max(16, n >> 2);
  const b = buf.start.length >= cap ? buf : arrays(cap);
  if (b !== buf && cap <= KEEP_MAX) buf = b;
  cap = b.start.length;
  let { start, end, kind, newline, candidate } = b;
  let count = 0;
  let sawNewline = 0;
  let i = 0;
  while (i < n) {
    const c = cls[text.charCodeAt(i)]!;
    if (c === C_SPACE) {
      i++;
      continue;
    }
    if (c === C_NEWLINE) {
      sawNewline = 1;
      i++;
      continue;
    }
    const s = i;
    const token = tokenEnd(text, s, n, c);
    i = token >> 1;
    if (count === cap) {
      cap *= 2;
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
      start = grow(start, new Int32Array(cap));
      end = grow(end, new Int32Array(cap));
      kind = grow(kind, new Uint8Array(cap));
      newline = grow(newline, new Uint8Array(cap));
      candidate = grow(candidate, new Uint8Array(cap));
    }
    start[count] = s;
    end[count] = i;
    kind[count] = c === C_AR ? WORD : c === C_DIGIT ? NUM : c === C_LATIN ? LATIN : PUNCT;
    newline[count] = sawNewline;
    candidate[count] = token & 1;
    sawNewline = 0;
    count++;
  }
  return { count, start, end, kind, newline, candidate, text };
}
