// Structured averaged perceptron over a hashed weight table, decoded exactly with Viterbi over
// first-order label transitions. I-x may only follow B-x or I-x, so output is always valid BIO.

import { FeatureExtractor, HISTORY_COUNT, staticParts, type WordInfo } from './features';
import { NUM_TAGS, TAGS, type NerInputToken, type NerTag } from './types';

const L = NUM_TAGS;
// Viterbi's and compact.ts's loops over the labels are written out for this count.
if (L !== 7) throw new Error(`tagger: decoding is written out for 7 labels, not ${L}`);
/** Previous-label states: -1 (start) and 0..L-1, stored at index prev + 1. */
const S = L + 1;

/** May label `l` follow label `prev`? (TAGS order: O, B-x, I-x, ...; prev -1 = sentence start) */
export function allowed(prev: number, l: number): boolean {
  if (l === 0 || l % 2 === 1) return true;
  return prev === l || prev === l - 1;
}

// Layout of a word's cached score vector: its own features, its features as the word at -1, -2,
// +1, +2 of another position, then the transition scores, label by label, from each previous
// state (Viterbi reads a label's states in a row).
const SELF = 0;
const LEFT = L;
const LEFT2 = 2 * L;
const RIGHT = 3 * L;
const RIGHT2 = 4 * L;
const TRANS = 5 * L;
export const WORD_VECTOR = TRANS + S * L;
export const VEC = { SELF, LEFT, LEFT2, RIGHT, RIGHT2, TRANS } as const;

/** What decoding needs from a weight table (the dense trainable one, or compact.ts). */
export interface Scorer {
  addScores(feats: Int32Array, from: number, to: number, scores: Float64Array | Float32Array, at?: number): void;
  /** addScores(feats, from, to, scores, 0) into doubles (Viterbi's per-position scores). */
  addEmission(feats: Int32Array, from: number, to: number, scores: Float64Array): void;
  wordVector(info: WordInfo): Float32Array;
}

export class WeightTable implements Scorer {
  readonly mask: number;
  /** A frozen table never changes, so each word's score vector is computed once and cached. */
  private cache: WeakMap<WordInfo, Float32Array> | null = null;
  constructor(
    readonly bits: number,
    readonly w: Float32Array = new Float32Array((1 << bits) * L),
  ) {
    this.mask = (1 << bits) - 1;
  }
  freeze(): this {
    this.cache = new WeakMap();
    return this;
  }

  wordVector(info: WordInfo): Float32Array {
    const hit = this.cache?.get(info);
    if (hit) return hit;
    const v = new Float32Array(WORD_VECTOR);
    this.addScores(info.feats, 0, info.feats.length, v, SELF);
    this.addScores(info.asLeft, 0, info.asLeft.length, v, LEFT);
    this.addScores(info.asLeft2, 0, info.asLeft2.length, v, LEFT2);
    this.addScores(info.asRight, 0, info.asRight.length, v, RIGHT);
    this.addScores(info.asRight2, 0, info.asRight2.length, v, RIGHT2);
    addTransitions(this, info.trans, v);
    this.cache?.set(info, v);
    return v;
  }
  addEmission(feats: Int32Array, from: number, to: number, scores: Float64Array): void {
    this.addScores(feats, from, to, scores);
  }
  /** scores[at + l] += Σ_k w[feats[k], l] for k in [from, to). */
  addScores(feats: Int32Array, from: number, to: number, scores: Float64Array | Float32Array, at = 0): void {
    const w = this.w;
    for (let k = from; k < to; k++) {
      const base = (feats[k]! & this.mask) * L;
      for (let l = 0; l < L; l++) scores[at + l]! += w[base + l]!;
    }
  }
}

const ROWS = new Float32Array(S * L);
/** Puts a word's transition scores in v, label-major: v[TRANS + l * S + s] for previous state s. */
export function addTransitions(table: Scorer, trans: Int32Array, v: Float32Array): void {
  const rows = ROWS.fill(0);
  for (let s = 0; s < S; s++) table.addScores(trans, s * HISTORY_COUNT, (s + 1) * HISTORY_COUNT, rows, s * L);
  for (let s = 0; s < S; s++) for (let l = 0; l < L; l++) v[TRANS + l * S + s] = rows[s * L + l]!;
}

export interface Decoded {
  labels: number[];
  /** Static features of position i: feats[offsets[i] .. offsets[i + 1]). */
  feats: Int32Array;
  offsets: Int32Array;
  words: WordInfo[];
}

/**
 * The states (previous label + 1) label l may follow are one run, FIRST[l] <= s < LAST[l], walked in
 * ascending order (ties go to the first): TAGS puts B-x right before I-x. A loop over a run, not over
 * a list of states, took a tenth off the tagger's time.
 */
const FIRST = new Int32Array(L);
const LAST = new Int32Array(L);
for (let l = 0; l < L; l++) {
  let s = 0;
  while (s < S && !allowed(s - 1, l)) s++;
  FIRST[l] = s;
  while (s < S && allowed(s - 1, l)) s++;
  LAST[l] = s;
  for (; s < S; s++) if (allowed(s - 1, l)) throw new Error(`tagger: the states before label ${l} are not one run`);
}
// Decoding buffers, reused across calls (decoding is synchronous).
const EMIT = new Float64Array(L);
const BEST_A = new Float64Array(S);
const BEST_B = new Float64Array(S);
let BACK = new Int8Array(1024 * L);

export function decode(table: Scorer, fx: FeatureExtractor, tokens: readonly NerInputToken[]): Decoded {
  const n = tokens.length;
  const { feats, offsets, words } = fx.sentence(tokens);
  const labels = labelBuffer(n);
  viterbi(table, words, n, feats, offsets, labels);
  return { labels: Array.from(labels.subarray(0, n)), feats, offsets, words };
}

let OFFSETS = new Int32Array(256);
let LABELS = new Int8Array(256);
const labelBuffer = (n: number): Int8Array => (LABELS.length < n ? (LABELS = new Int8Array(2 * n)) : LABELS);

/**
 * Labels of the first n of `words` (word i's gazetteer code at gaz[gazFrom + i]) as decode() gives them, without
 * the training's copies: into a buffer that the next call reuses.
 */
export function decodeWords(
  table: Scorer,
  fx: FeatureExtractor,
  words: readonly WordInfo[],
  n: number,
  gaz: Uint8Array,
  gazFrom: number,
): Int8Array {
  if (OFFSETS.length < n + 1) OFFSETS = new Int32Array(2 * (n + 1));
  const feats = fx.context(words, n, gaz, gazFrom, OFFSETS);
  const labels = labelBuffer(n);
  viterbi(table, words, n, feats, OFFSETS, labels);
  return labels.subarray(0, n);
}

let VECS: Float32Array[] = [];
const NO_WORD = new Float32Array(WORD_VECTOR);

function viterbi(
  table: Scorer,
  words: readonly WordInfo[],
  n: number,
  feats: Int32Array,
  offsets: Int32Array,
  labels: Int8Array,
): void {
  const emit = EMIT;
  let prevBest = BEST_A.fill(-Infinity);
  prevBest[0] = 0; // only the start state at position 0
  let cur = BEST_B;
  if (BACK.length < n * L) BACK = new Int8Array(n * L * 2);
  const back = BACK;
  if (VECS.length < n) VECS = new Array<Float32Array>(2 * n);
  const vecs = VECS;
  for (let i = 0; i < n; i++) vecs[i] = table.wordVector(words[i]!);
  for (let i = 0; i < n; i++) {
    emit.fill(0);
    table.addEmission(feats, offsets[i]!, offsets[i + 1]!, emit);
    const self = vecs[i]!;
    // A missing neighbour is the zero vector: x + 0 is x, so the sums are the ones the tests of
    // each neighbour gave, without four branches per label. Written out for the 7 labels (V8 does
    // not unroll the loop).
    const m1 = i > 0 ? vecs[i - 1]! : NO_WORD;
    const m2 = i > 1 ? vecs[i - 2]! : NO_WORD;
    const p1 = i + 1 < n ? vecs[i + 1]! : NO_WORD;
    const p2 = i + 2 < n ? vecs[i + 2]! : NO_WORD;
    emit[0]! += self[SELF]! + m1[LEFT]! + m2[LEFT2]! + p1[RIGHT]! + p2[RIGHT2]!;
    emit[1]! += self[SELF + 1]! + m1[LEFT + 1]! + m2[LEFT2 + 1]! + p1[RIGHT + 1]! + p2[RIGHT2 + 1]!;
    emit[2]! += self[SELF + 2]! + m1[LEFT + 2]! + m2[LEFT2 + 2]! + p1[RIGHT + 2]! + p2[RIGHT2 + 2]!;
    emit[3]! += self[SELF + 3]! + m1[LEFT + 3]! + m2[LEFT2 + 3]! + p1[RIGHT + 3]! + p2[RIGHT2 + 3]!;
    emit[4]! += self[SELF + 4]! + m1[LEFT + 4]! + m2[LEFT2 + 4]! + p1[RIGHT + 4]! + p2[RIGHT2 + 4]!;
    emit[5]! += self[SELF + 5]! + m1[LEFT + 5]! + m2[LEFT2 + 5]! + p1[RIGHT + 5]! + p2[RIGHT2 + 5]!;
    emit[6]! += self[SELF + 6]! + m1[LEFT + 6]! + m2[LEFT2 + 6]! + p1[RIGHT + 6]! + p2[RIGHT2 + 6]!;
    cur[0] = -Infinity;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      // -Infinity states need no test: -Infinity + x is never > best.
      const row = TRANS + l * S;
      for (let s = FIRST[l]!, last = LAST[l]!; s < last; s++) {
        const v = prevBest[s]! + self[row + s]!;
        if (v > best) {
          best = v;
          arg = s;
        }
      }
      cur[l + 1] = best + emit[l]!;
      back[i * L + l] = arg;
    }
    const swap = prevBest;
    prevBest = cur;
    cur = swap;
  }
  let state = 0;
  let best = -Infinity;
  for (let s = 1; s < S; s++) {
    if (prevBest[s]! > best) {
      best = prevBest[s]!;
      state = s;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = state - 1;
    state = back[i * L + state - 1]!;
  }
}

export function tagIndexes(labels: readonly number[]): NerTag[] {
  return labels.map((l) => TAGS[l]!);
}

/** Averaged structured perceptron trainer (lazy averaging with per-cell timestamps). */
export class Trainer {
  readonly table: WeightTable;
  private totals: Float64Array;
  private stamps: Int32Array;
  private t = 1;
  constructor(
    bits: number,
    readonly fx: FeatureExtractor,
  ) {
    this.table = new WeightTable(bits);
    this.totals = new Float64Array(this.table.w.length);
    this.stamps = new Int32Array(this.table.w.length);
  }

  private bump(feats: Int32Array, from: number, to: number, label: number, delta: number): void {
    const w = this.table.w;
    for (let k = from; k < to; k++) {
      const cell = (feats[k]! & this.table.mask) * L + label;
      this.totals[cell]! += (this.t - this.stamps[cell]!) * w[cell]!;
      this.stamps[cell] = this.t;
      w[cell]! += delta;
    }
  }

  private bumpSequence(d: Decoded, labels: readonly number[], delta: number, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const l = labels[i]!;
      const prev = i > 0 ? labels[i - 1]! : -1;
      this.bump(d.feats, d.offsets[i]!, d.offsets[i + 1]!, l, delta);
      for (const part of staticParts(d.words, i)) this.bump(part, 0, part.length, l, delta);
      this.bump(d.words[i]!.trans, (prev + 1) * HISTORY_COUNT, (prev + 2) * HISTORY_COUNT, l, delta);
    }
  }

  /** One update on a sentence; returns the number of wrongly predicted tokens. */
  trainSentence(tokens: readonly NerInputToken[], gold: readonly number[]): number {
    const d = decode(this.table, this.fx, tokens);
    let first = -1;
    let last = -1;
    let errors = 0;
    for (let i = 0; i < gold.length; i++) {
      if (d.labels[i] !== gold[i]) {
        errors++;
        if (first < 0) first = i;
        last = i;
      }
    }
    if (errors) {
      // Positions outside [first, last+1] agree (and so do their transitions), so they cancel out.
      const to = Math.min(gold.length, last + 2);
      this.bumpSequence(d, gold, 1, first, to);
      this.bumpSequence(d, d.labels, -1, first, to);
    }
    this.t++;
    return errors;
  }

  /** The averaged weights as a new table (the trainer keeps its own state). */
  averaged(): WeightTable {
    const w = this.table.w;
    const avg = new Float32Array(w.length);
    for (let c = 0; c < w.length; c++) avg[c] = (this.totals[c]! + (this.t - this.stamps[c]!) * w[c]!) / this.t;
    return new WeightTable(this.table.bits, avg);
  }
}
