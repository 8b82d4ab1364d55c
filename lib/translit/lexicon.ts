// A list of English name spellings the decoder may be held to (lowercase, sorted by code unit): the
// training pairs' English side and a word list's proper names (scripts/data/gen-translit.ts).
// The joint model spells rare foreign names letter by letter and loses their vowels and doubled
// letters (واشنطن: "washntn"); held to the list, it finds the spelling English writes (washington).

import type { Candidate, Decoder } from './decode';
import { preferCommon, type CommonNames } from './common-names';
import { plausibleSpelling } from './plausible';
import { merge, ranked } from './ranker';
import ranker from './ranker-weights.generated.json';

/** The learned ranker's weights (scripts/train/translit/train-ranker.ts). */
const RANKER_WEIGHTS: readonly number[] = ranker.weights;

/** The words [lo, hi) of the list that start with the spelling so far. */
export interface WordRange {
  lo: number;
  hi: number;
}

export interface Lexicon {
  readonly size: number;
  all(): WordRange;
  /** The words of `r` (which share their first `depth` letters) that go on with `more`; null if none. */
  extend(r: WordRange, depth: number, more: string): WordRange | null;
  /** True when a word of `r` ends after `depth` letters. */
  complete(r: WordRange, depth: number): boolean;
  /** The word's place in the sorted list, or -1 when the list does not hold it. */
  indexOf(word: string): number;
}

/**
 * Where each word of `joined` starts, then its length + 1. One pass of indexOf into a buffer sized
 * for words of 8 letters (the list's are 8.2 on average), grown if need be: counting the words first
 * took a second pass, and its 286k calls were half of createLexicon's time on the first page.
 */
function wordStarts(joined: string): Int32Array {
  let buf = new Int32Array((joined.length >> 3) + 2);
  let w = 1;
  for (let i = joined.indexOf('\n'); i !== -1; i = joined.indexOf('\n', i + 1)) {
    if (w + 1 >= buf.length) {
      const grown = new Int32Array(buf.length * 2);
      grown.set(buf);
      buf = grown;
    }
    buf[w++] = i + 1;
  }
  const count = joined.length > 0 ? w : 0;
  buf[count] = joined.length + 1;
  // A buffer much longer than needed is copied rather than kept.
  return buf.length - (count + 1) > buf.length >> 3 ? buf.slice(0, count + 1) : buf.subarray(0, count + 1);
}

/** `joined`: the words, sorted by code unit, joined by "\n" (the model's `lexicon`). */
export function createLexicon(joined: string): Lexicon {
  // The words stay in the one joined string, read through their start offsets: 281k strings split
  // out of it cost the heap about 10 MB more than these 1.1 MB.
  const starts = wordStarts(joined);
  const count = starts.length - 1;
  const length = (w: number): number => starts[w + 1]! - 1 - starts[w]!;
  // In a range sharing `at` letters, the words' letter at `at` is sorted, a word ending there first
  // (read as -1).
  const code = (w: number, at: number): number => (at < length(w) ? joined.charCodeAt(starts[w]! + at) : -1);
  /** First index in [lo, hi) whose letter at `at` is >= c. */
  const firstAtLeast = (lo: number, hi: number, at: number, c: number): number => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (code(mid, at) < c) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const extend = (r: WordRange, depth: number, more: string): WordRange | null => {
    let { lo, hi } = r;
    for (let j = 0; j < more.length && lo < hi; j++) {
      const c = more.charCodeAt(j);
      lo = firstAtLeast(lo, hi, depth + j, c);
      hi = firstAtLeast(lo, hi, depth + j, c + 1);
    }
    return lo < hi ? { lo, hi } : null;
  };
  const complete = (r: WordRange, depth: number): boolean => r.lo < r.hi && length(r.lo) === depth;
  return {
    size: count,
    all: () => ({ lo: 0, hi: count }),
    extend,
    complete,
    indexOf(word) {
      const r = extend({ lo: 0, hi: count }, 0, word);
      // A word ending where its range starts is the first of that range.
      return r && complete(r, word.length) ? r.lo : -1;
    },
  };
}

/**
 * States per letter of the search held to the list. With the person-name lists (281k words) 16 finds
 * more than 8 (dev: unseen Google words right 191 → 194 of 554, (a) 475 → 491 of 1,500) for about
 * 1.2 times the CPU of a word the table lacks; 32 finds little more at twice that.
 */
export const LEXICON_BEAM = 16;
/**
 * How many of the list's best are read for the first that can spell the word at all (plausible.ts):
 * held to the list, the model may drop a consonant to reach a listed word (ناتوار: "nato", الرسام:
 * "sam"), and such a word must not win.
 */
export const LISTED_BEST = 4;
/**
 * How much likelier (natural log) the model's own spelling must be to beat the list's best. Screened
 * on the dev slices: with SCOWL's names alone 3 to 5 gained alike; with the person-name lists too
 * (281k words) 5 is best (unseen words right, Google / all: bonus 4 186 / 935, 5 191 / 947, 6 189 / 937).
 */
export const LEXICON_BONUS = 5;

/**
 * Letters for sounds European languages lack: a word holding one is an Arabic (or Persian, Turkish)
 * name, which the training pairs' own spellings serve, while the list's proper names are mostly
 * European (البرعصي is Barasi, not the list's Baresi; عبدي is Abdi, not Abd).
 */
const NATIVE = /[عحصضظ]/;

/** Whether the list is searched for this key at all. */
export const listedFor = (key: string): boolean => !NATIVE.test(key);

/** How many of the model's own best spellings a common name is looked for among (common-names.ts). */
export const FREE_BEST = 16;

/**
 * The model's best spelling, or the list's where the model finds it nearly as likely; then, with
 * `common`, a common name the model scores nearly as high in place of a rare one of the same shape;
 * then, with `weights`, the candidate the learned ranker (ranker.ts) prefers, that rule's choice one
 * of its features. `free`: the model's own best spellings, best first (decoder.decode(key, FREE_BEST)).
 */
export function bestSpelling(
  decoder: Decoder,
  key: string,
  lexicon: Lexicon | null,
  free: readonly Candidate[] = decoder.decode(key, FREE_BEST),
  common?: CommonNames | null,
  weights: readonly number[] | null = RANKER_WEIGHTS,
): Candidate | undefined {
  const own = free[0];
  if (!lexicon) return own;
  const listed = listedFor(key)
    ? decoder.decode(key, LISTED_BEST, lexicon, LEXICON_BEAM).filter((c) => plausibleSpelling(key, c.en))
    : [];
  const inList = (en: string) => lexicon.indexOf(en) >= 0;
  const choice = listedFor(key) ? ruleChoice(free, listed, inList, common) : own;
  if (!choice || !weights) return choice;
  const ctx = { key, listed: inList, common: common ?? null, baseline: choice.en, top: own?.logProb ?? 0 };
  const best = ranked(merge(free, listed), ctx, weights);
  return best ? { en: best.en, logProb: best.logProb } : choice;
}

/** The list's best unless the model's own is much likelier, then a common name of the same shape. */
function ruleChoice(
  free: readonly Candidate[],
  listed: readonly Candidate[],
  inList: (en: string) => boolean,
  common?: CommonNames | null,
): Candidate | undefined {
  const own = free[0];
  const first = listed[0];
  const choice = first && (!own || first.logProb + LEXICON_BONUS >= own.logProb) ? first : own;
  if (!choice || !common) return choice;
  // The model's spellings and the list's, each once at its higher score; a listed word earns the bonus.
  const byEn = new Map<string, Candidate>();
  for (const c of [...free, ...listed]) if ((byEn.get(c.en)?.logProb ?? -Infinity) < c.logProb) byEn.set(c.en, c);
  const score = (c: Candidate) => (byEn.get(c.en)?.logProb ?? c.logProb) + (inList(c.en) ? LEXICON_BONUS : 0);
  return preferCommon(choice, [...byEn.values()], inList, common, score);
}
