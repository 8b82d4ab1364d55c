// A learned choice among a word's candidate spellings: the model's own best, the word list's best,
// each described by a few features (the model's score and rank, whether the list holds it, whether it
// is a common name, its shape) and scored by a linear model. The weights are learned by
// scripts/train/translit/train-ranker.ts on the candidates a model trained without those words gave
// (a held-out fold of the training slices), so that they look as the words of a page look.

import type { Candidate } from './decode';
import { skeleton, type CommonNames } from './common-names';
import { plausibleSpelling } from './plausible';

/** A candidate as both searches found it: rank -1 where a search did not. */
export interface Found {
  en: string;
  /** The higher of the two searches' log-probabilities. */
  logProb: number;
  freeRank: number;
  listRank: number;
  /**
   * Rank among the one-letter variants of the first candidates (scripts/train/translit/spelling-variants.ts),
   * if one: read by no feature but the ranks (a variant has none), since the shipped ranker has no variants.
   */
  variantRank?: number;
}

/** What the features read besides the candidate. */
export interface Context {
  key: string;
  listed: (en: string) => boolean;
  common: CommonNames | null;
  /** The rule-based choice (lexicon.ts bestSpelling without the ranker). */
  baseline: string;
  /** The model's own best log-probability. */
  top: number;
}

export const FEATURES = [
  'logProb',
  'belowTop',
  'freeRank',
  'unranked',
  'listRank',
  'listed',
  'common',
  'baseline',
  'sameShape',
  'plausible',
  'lengthRatio',
  'vowelShare',
  'doubled',
  'clusters',
  'firstFree',
  'listedBelowTop',
  'commonSameShape',
  'endVowel',
  'endAgrees',
] as const;

const VOWEL = /[aeiouy]/;
const CLUSTER = /[^aeiouy]{3,}/g;

/** Whether a final long vowel or ة is written as a vowel, and a final consonant as a consonant. */
function endAgrees(key: string, en: string): boolean {
  const last = key.slice(-1);
  const vowel = VOWEL.test(en.slice(-1)) || /[aeiou]h$/.test(en);
  return /[اىيوةه]/.test(last) ? vowel : !vowel;
}

/**
 * The features of one candidate, in the order of FEATURES. `shape`: the baseline's skeleton, which
 * ranked() finds once for all the candidates; each lookup in the word list (a binary search) is
 * made once per candidate.
 */
export function features(c: Found, ctx: Context, shape: string = skeleton(ctx.baseline)): number[] {
  const en = c.en;
  const vowels = [...en].filter((ch) => VOWEL.test(ch)).length;
  const listed = ctx.listed(en);
  const common = !!ctx.common?.(en);
  const sameShape = skeleton(en) === shape;
  const belowTop = Math.max(0, ctx.top - c.logProb);
  return [
    c.logProb,
    belowTop,
    c.freeRank >= 0 ? Math.log1p(c.freeRank) : 0,
    c.freeRank >= 0 ? 0 : 1,
    c.listRank >= 0 ? Math.log1p(c.listRank) : 0,
    listed ? 1 : 0,
    common ? 1 : 0,
    en === ctx.baseline ? 1 : 0,
    sameShape ? 1 : 0,
    plausibleSpelling(ctx.key, en) ? 1 : 0,
    en.length / Math.max(1, ctx.key.length),
    en.length > 0 ? vowels / en.length : 0,
    (en.match(/(.)\1/g) ?? []).length,
    (en.match(CLUSTER) ?? []).length,
    c.freeRank === 0 ? 1 : 0,
    listed ? belowTop : 0,
    common && sameShape ? 1 : 0,
    VOWEL.test(en.slice(-1)) ? 1 : 0,
    endAgrees(ctx.key, en) ? 1 : 0,
  ];
}

/** The two searches' candidates, each spelling once. */
export function merge(free: readonly Candidate[], listed: readonly Candidate[]): Found[] {
  const byEn = new Map<string, Found>();
  const add = (c: Candidate, rank: number, list: boolean) => {
    const f = byEn.get(c.en) ?? { en: c.en, logProb: c.logProb, freeRank: -1, listRank: -1 };
    f.logProb = Math.max(f.logProb, c.logProb);
    if (list) f.listRank = f.listRank >= 0 ? f.listRank : rank;
    else f.freeRank = f.freeRank >= 0 ? f.freeRank : rank;
    byEn.set(c.en, f);
  };
  free.forEach((c, i) => add(c, i, false));
  listed.forEach((c, i) => add(c, i, true));
  return [...byEn.values()];
}

/** The candidate the weights score highest (the first on a tie). */
export function ranked(found: readonly Found[], ctx: Context, weights: readonly number[]): Found | undefined {
  let best: Found | undefined;
  let bestScore = -Infinity;
  const shape = skeleton(ctx.baseline);
  for (const c of found) {
    const f = features(c, ctx, shape);
    let s = 0;
    for (let i = 0; i < f.length; i++) s += f[i]! * (weights[i] ?? 0);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
