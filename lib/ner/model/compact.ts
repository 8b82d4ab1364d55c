// The shipped tagger's weights at run time: only the buckets that hold a non-zero weight, packed,
// found through a presence bitmap and per-word rank counts. The dense table (2^bits buckets, most
// of them empty) is 7 MB of scattered reads; this is a 64 KB index that stays in cache plus
// packed values, stored as 16-bit integers when the model's scale makes that exact.
// Scores are the same floats the dense table gives, added in the same order: an empty bucket adds
// only zeros, so skipping it changes nothing.
import { walkSparse } from './codec';
import type { WordInfo } from './features';
import { addTransitions, type Scorer, WORD_VECTOR, VEC } from './perceptron';
import { NUM_TAGS } from './types';

const L = NUM_TAGS;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function isPowerOfTwo(x: number): boolean {
  return x > 0 && Number.isFinite(x) && 2 ** Math.round(Math.log2(x)) === x;
}

/** The table's arrays as they are used at run time (lib/ner/model/binary.ts stores them as they are). */
export interface CompactParts {
  bits: number;
  /** Bit b of word b >>> 5 is set when bucket b holds a weight. */
  present: Int32Array;
  /** L weights per present bucket, in bucket order; the weight is vals[i] * mul. */
  vals: Int16Array | Float32Array;
  mul: number;
}

/** From the stored form (codec.ts): integers q, weight = q / scale, L cells per bucket. */
function partsFromSparse(bits: number, sparse: Uint8Array, scale: number): CompactParts {
  const buckets = 1 << bits;
  const present = new Int32Array(Math.max(1, buckets >>> 5));
  let count = 0;
  let last = -1;
  let small = true;
  walkSparse(sparse, buckets * L, (cell, q) => {
    const b = (cell / L) | 0;
    if (b !== last) {
      present[b >>> 5]! |= 1 << (b & 31);
      count++;
      last = b;
    }
    if (q < -32768 || q > 32767) small = false;
  });
  // q / scale is exactly q * (1 / scale) only for a power-of-two scale; otherwise keep the
  // float32 the dense table held.
  const exact = small && isPowerOfTwo(scale);
  const vals = exact ? new Int16Array(count * L) : new Float32Array(count * L);
  let at = -L;
  last = -1;
  walkSparse(sparse, buckets * L, (cell, q) => {
    const b = (cell / L) | 0;
    if (b !== last) {
      at += L;
      last = b;
    }
    vals[at + (cell - b * L)] = exact ? q : q / scale;
  });
  return { bits, present, vals, mul: exact ? 1 / scale : 1 };
}

/** Number of present buckets before each word of the bitmap. */
function rankOf(present: Int32Array): Int32Array {
  const rank = new Int32Array(present.length);
  for (let i = 0, r = 0; i < present.length; i++) {
    rank[i] = r;
    r += popcount(present[i]!);
  }
  return rank;
}

/** Number of buckets the bitmap marks present. */
export function presentCount(present: Int32Array): number {
  let n = 0;
  for (let i = 0; i < present.length; i++) n += popcount(present[i]!);
  return n;
}

export class CompactTable implements Scorer {
  readonly mask: number;
  private present: Int32Array;
  private rank: Int32Array;
  /** Packed weights, L per present bucket; the weight is vals[i] * mul. */
  private vals: Int16Array | Float32Array;
  private mul: number;

  /** From arrays already laid out (lib/ner/model/binary.ts checks them before). */
  constructor(parts: CompactParts);
  /** From the stored form (codec.ts): integers q, weight = q / scale, L cells per bucket. */
  constructor(bits: number, sparse: Uint8Array, scale: number);
  constructor(from: number | CompactParts, sparse?: Uint8Array, scale?: number) {
    const p = typeof from === 'number' ? partsFromSparse(from, sparse!, scale!) : from;
    this.mask = (1 << p.bits) - 1;
    this.present = p.present;
    this.rank = rankOf(p.present);
    this.vals = p.vals;
    this.mul = p.mul;
  }

  parts(): CompactParts {
    return { bits: Math.log2(this.mask + 1), present: this.present, vals: this.vals, mul: this.mul };
  }

  addScores(feats: Int32Array, from: number, to: number, scores: Float64Array | Float32Array, at = 0): void {
    const vals = this.vals;
    const mul = this.mul;
    const present = this.present;
    const rank = this.rank;
    const mask = this.mask;
    for (let k = from; k < to; k++) {
      const b = feats[k]! & mask;
      const word = present[b >>> 5]!;
      const bit = 1 << (b & 31);
      if ((word & bit) === 0) continue;
      const base = (rank[b >>> 5]! + popcount(word & (bit - 1))) * L;
      for (let l = 0; l < L; l++) scores[at + l]! += vals[base + l]! * mul;
    }
  }

  /**
   * addScores into a position's doubles: the same loop with one element kind, where addScores also
   * fills the words' float vectors and its element accesses go polymorphic (the tagger's hot loop).
   * The labels' loop is written out (V8 does not unroll it; perceptron.ts checks the count): a tenth
   * off the tagger's time.
   */
  addEmission(feats: Int32Array, from: number, to: number, scores: Float64Array): void {
    const vals = this.vals;
    const mul = this.mul;
    const present = this.present;
    const rank = this.rank;
    const mask = this.mask;
    for (let k = from; k < to; k++) {
      const b = feats[k]! & mask;
      const word = present[b >>> 5]!;
      const bit = 1 << (b & 31);
      if ((word & bit) === 0) continue;
      const base = (rank[b >>> 5]! + popcount(word & (bit - 1))) * L;
      scores[0]! += vals[base]! * mul;
      scores[1]! += vals[base + 1]! * mul;
      scores[2]! += vals[base + 2]! * mul;
      scores[3]! += vals[base + 3]! * mul;
      scores[4]! += vals[base + 4]! * mul;
      scores[5]! += vals[base + 5]! * mul;
      scores[6]! += vals[base + 6]! * mul;
    }
  }

  wordVector(info: WordInfo): Float32Array {
    // Cached on the word itself (a WeakMap lookup per token costs more than the scoring it saves).
    if (info.scoredBy === this) return info.scores!;
    const v = new Float32Array(WORD_VECTOR);
    this.addScores(info.feats, 0, info.feats.length, v, VEC.SELF);
    this.addScores(info.asLeft, 0, info.asLeft.length, v, VEC.LEFT);
    this.addScores(info.asLeft2, 0, info.asLeft2.length, v, VEC.LEFT2);
    this.addScores(info.asRight, 0, info.asRight.length, v, VEC.RIGHT);
    this.addScores(info.asRight2, 0, info.asRight2.length, v, VEC.RIGHT2);
    addTransitions(this, info.trans, v);
    info.scores = v;
    info.scoredBy = this;
    return v;
  }
}
