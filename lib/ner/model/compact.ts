// The shipped tagger's weights at run time: only the buckets that hold a non-zero weight, packed,
// found through a presence bitmap and per-word rank counts. The dense table (2^bits buckets, most
// of them empty) is 7 MB of scattered reads; this is a 64 KB index that stays in cache plus
// packed values, stored as 16-bit integers when the model's scale makes that exact.
// Scores are the same floats the dense table gives, added in the same order: an empty bucket adds
// only zeros, so skipping it changes nothing.
import { walkSparse } from './codec';
import type { WordInfo } from './features';
import { HISTORY_COUNT } from './features';
import { type Scorer, WORD_VECTOR, VEC } from './perceptron';
import { NUM_TAGS } from './types';

const L = NUM_TAGS;
const S = L + 1;

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function isPowerOfTwo(x: number): boolean {
  return x > 0 && Number.isFinite(x) && 2 ** Math.round(Math.log2(x)) === x;
}

export class CompactTable implements Scorer {
  readonly mask: number;
  private present: Int32Array;
  private rank: Int32Array;
  /** Packed weights, L per present bucket; the weight is vals[i] * mul. */
  private vals: Int16Array | Float32Array;
  private mul: number;

  /** From the stored form (codec.ts): integers q, weight = q / scale, L cells per bucket. */
  constructor(bits: number, sparse: Uint8Array, scale: number) {
    const buckets = 1 << bits;
    this.mask = buckets - 1;
    this.present = new Int32Array(Math.max(1, buckets >>> 5));
    let count = 0;
    let last = -1;
    let small = true;
    walkSparse(sparse, buckets * L, (cell, q) => {
      const b = (cell / L) | 0;
      if (b !== last) {
        this.present[b >>> 5]! |= 1 << (b & 31);
        count++;
        last = b;
      }
      if (q < -32768 || q > 32767) small = false;
    });
    this.rank = new Int32Array(this.present.length);
    for (let i = 0, r = 0; i < this.present.length; i++) {
      this.rank[i] = r;
      r += popcount(this.present[i]!);
    }
    // q / scale is exactly q * (1 / scale) only for a power-of-two scale; otherwise keep the
    // float32 the dense table held.
    const exact = small && isPowerOfTwo(scale);
    const vals = exact ? new Int16Array(count * L) : new Float32Array(count * L);
    this.mul = exact ? 1 / scale : 1;
    walkSparse(sparse, buckets * L, (cell, q) => {
      const b = (cell / L) | 0;
      vals[this.slot(b) + (cell - b * L)] = exact ? q : q / scale;
    });
    this.vals = vals;
  }

  /** Index in vals of bucket b's first weight, or -1 when the bucket is empty. */
  private slot(b: number): number {
    const word = this.present[b >>> 5]!;
    const bit = 1 << (b & 31);
    if ((word & bit) === 0) return -1;
    return (this.rank[b >>> 5]! + popcount(word & (bit - 1))) * L;
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

  wordVector(info: WordInfo): Float32Array {
    // Cached on the word itself (a WeakMap lookup per token costs more than the scoring it saves).
    if (info.scoredBy === this) return info.scores!;
    const v = new Float32Array(WORD_VECTOR);
    this.addScores(info.feats, 0, info.feats.length, v, VEC.SELF);
    this.addScores(info.asLeft, 0, info.asLeft.length, v, VEC.LEFT);
    this.addScores(info.asLeft2, 0, info.asLeft2.length, v, VEC.LEFT2);
    this.addScores(info.asRight, 0, info.asRight.length, v, VEC.RIGHT);
    this.addScores(info.asRight2, 0, info.asRight2.length, v, VEC.RIGHT2);
    for (let s = 0; s < S; s++)
      this.addScores(info.trans, s * HISTORY_COUNT, (s + 1) * HISTORY_COUNT, v, VEC.TRANS + s * L);
    info.scores = v;
    info.scoredBy = this;
    return v;
  }
}
