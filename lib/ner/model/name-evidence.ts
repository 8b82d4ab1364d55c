// Graded person-name evidence for the tagger, beyond the yes/no of the name lists (cues.ts):
// - how many person names of an open list a word form occurs in, in buckets (none, 1–2, 3–9, 10+):
//   ويليام is in hundreds of names, a rare surname in one, a verb in none;
// - how much the word's letters look like a name word rather than an ordinary news word, from
//   letter trigrams' log-odds (names: ^ميخ, وفسكي$, يتش$; news words: ^يت, ات$, ^است), in buckets,
//   which reaches names no list holds.
// The table travels inside the model's JSON (NerModelJson.names); scripts/train/name-evidence.ts
// builds it. Pure data and arithmetic: no DOM, no network.

import { WordTable } from './word-table';

/** The stored form. */
export interface NameEvidenceJson {
  format: 'hamish-name-evidence';
  /** forms[k]: space-separated word forms in count bucket k + 1 (see COUNT_CUTS). */
  forms: string[];
  /** Letter trigram (^ and $ mark the word's edges) and its log-odds × 10, as "gram:value" pairs. */
  grams: string;
  /** Name words read their cluster path apart (features.ts clusterFeatures); absent = no. */
  clusterNamed?: boolean;
}

export interface NameEvidence {
  /** 0 = in no listed name, then 1–2, 3–9 and 10+ names (COUNT_CUTS). */
  countBucket(word: string): number;
  /** -1 for a word under 2 letters or not in Arabic letters; else 0 (least name-like) .. LIKE_CUTS.length. */
  likeBucket(word: string): number;
  clusterNamed: boolean;
}

/** Lower bounds of count buckets 1, 2, 3. */
const COUNT_CUTS = [1, 3, 10] as const;
/** Mean trigram log-odds at which a word enters the next name-likeness bucket. */
const LIKE_CUTS = [-1.5, -0.5, 0.5, 1.5] as const;
const ORDER = 3;
const ARABIC_WORD = /^[\u0621-\u064a]{2,}$/;

export function countBucketOf(count: number): number {
  let b = 0;
  while (b < COUNT_CUTS.length && count >= COUNT_CUTS[b]!) b++;
  return b;
}

/** The trigrams of a word with its edges marked: ميخاييل → ^مي, ميخ, ..., يل$. */
export function letterGrams(word: string): string[] {
  const w = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + ORDER <= w.length; i++) out.push(w.slice(i, i + ORDER));
  return out;
}

/** A trigram's stored value (log-odds × 10) + GRAM_BIAS in a word table, whose values are unsigned. */
const GRAM_BIAS = 0x8000;

/** Mean log-odds of a word's trigrams (a trigram the table lacks counts 0). */
function likeScore(grams: WordTable, word: string): number {
  const gs = letterGrams(word);
  let s = 0;
  for (const g of gs) {
    const v = grams.get(g);
    if (v !== undefined) s += (v - GRAM_BIAS) / 10;
  }
  return s / gs.length;
}

export function likeBucketOf(score: number): number {
  let b = 0;
  while (b < LIKE_CUTS.length && score >= LIKE_CUTS[b]!) b++;
  return b;
}

export function parseNameEvidence(json: NameEvidenceJson): NameEvidence {
  if (json.format !== 'hamish-name-evidence') throw new Error(`not a name-evidence table: ${String(json.format)}`);
  return nameEvidenceOf(countTable(json), gramTable(json.grams), json.clusterNamed === true);
}

/** The count buckets of the table's word forms. */
export function countTable(json: NameEvidenceJson): WordTable {
  if (json.forms.length > COUNT_CUTS.length)
    throw new Error(`name-evidence table: ${json.forms.length} count buckets, at most ${COUNT_CUTS.length}`);
  return new WordTable(
    json.forms,
    json.forms.map((_, k) => k + 1),
  );
}

/** The trigrams' log-odds from their stored form ("gram:value" pairs). */
export function gramTable(stored: string): WordTable {
  const gramValue = new Map<string, number>();
  for (const pair of stored.split(' ')) {
    if (!pair) continue;
    const at = pair.lastIndexOf(':');
    const v = Number(pair.slice(at + 1));
    if (at !== ORDER || !Number.isInteger(v) || Math.abs(v) >= GRAM_BIAS)
      throw new Error(`name-evidence table: bad trigram entry ${pair}`);
    gramValue.set(pair.slice(0, at), v);
  }
  // One list per value (the table's lists each have one value).
  const byValue = new Map<number, string[]>();
  for (const [g, v] of gramValue) {
    const list = byValue.get(v);
    if (list) list.push(g);
    else byValue.set(v, [g]);
  }
  const values = [...byValue.keys()];
  return new WordTable(
    values.map((v) => byValue.get(v)!.join(' ')),
    values.map((v) => v + GRAM_BIAS),
  );
}

/** The evidence from its count buckets (countTable) and trigrams (gramTable), or the binary file's tables. */
export function nameEvidenceOf(bucket: WordTable, grams: WordTable, clusterNamed: boolean): NameEvidence {
  return {
    countBucket: (word) => bucket.get(word) ?? 0,
    likeBucket: (word) => (ARABIC_WORD.test(word) ? likeBucketOf(likeScore(grams, word)) : -1),
    clusterNamed,
  };
}

/** The stored form of counts per form and trigram log-odds; sorted so that output is stable. */
export function encodeNameEvidence(
  counts: ReadonlyMap<string, number>,
  grams: ReadonlyMap<string, number>,
  clusterNamed = false,
): NameEvidenceJson {
  const forms: string[][] = COUNT_CUTS.map(() => []);
  for (const [w, n] of counts) {
    if (!w || /[\s]/.test(w)) throw new Error(`name-evidence table: word ${JSON.stringify(w)} cannot be stored`);
    const b = countBucketOf(n);
    if (b) forms[b - 1]!.push(w);
  }
  const pairs: string[] = [];
  for (const [g, v] of [...grams].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (g.length !== ORDER || /[\s:]/.test(g)) throw new Error(`name-evidence table: bad trigram ${JSON.stringify(g)}`);
    const q = Math.round(v * 10);
    if (q) pairs.push(`${g}:${q}`);
  }
  return {
    format: 'hamish-name-evidence',
    forms: forms.map((f) => f.sort().join(' ')),
    grams: pairs.join(' '),
    ...(clusterNamed ? { clusterNamed } : {}),
  };
}
