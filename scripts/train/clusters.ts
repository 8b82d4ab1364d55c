// Learns the tagger's word clusters (lib/ner/model/clusters.ts) from unlabelled sentences.
// Each word form (clitics off) seen at least `minCount` times is described by the words around it
// (two to each side, each side and distance its own dimensions, over the `contexts` most frequent
// forms), weighted by positive pointwise mutual information and scaled to unit length; the words
// are then split in two along their main direction of difference (refined as 2-means), each half
// again, `depth` times, so a word's leaf path says which side it fell on at each split, as a Brown
// cluster's bit path does.
// Deterministic: the same sentences give the same table.

import { clitics } from '../../lib/text/clitics';
import { encodeClusters, type ClusterJson } from '../../lib/ner/model/clusters';

export interface ClusterOptions {
  depth?: number;
  minCount?: number;
  contexts?: number;
  iterations?: number;
  /** Keep only the most frequent forms (after minCount), bounding the table's size. */
  maxWords?: number;
}

interface Sparse {
  idx: Int32Array;
  val: Float32Array;
}

const OFFSETS = [-2, -1, 1, 2] as const;

export function learnClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions = {}): ClusterJson {
  const depth = opts.depth ?? 10;
  const minCount = opts.minCount ?? 3;
  const nContexts = opts.contexts ?? 1000;
  // Bare forms are looked up once per distinct form: a large text repeats its words millions of times.
  const bareOf = new Map<string, string>();
  const bare = (norm: string): string => {
    let b = bareOf.get(norm);
    if (b === undefined) bareOf.set(norm, (b = clitics(norm).bare));
    return b;
  };
  const keyed = sentences.map((s) => s.map(bare));
  const counts = new Map<string, number>();
  for (const s of keyed) for (const k of s) counts.set(k, (counts.get(k) ?? 0) + 1);
  const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const vocab = byFreq
    .filter(([, c]) => c >= minCount)
    .slice(0, opts.maxWords ?? Infinity)
    .map(([w]) => w);
  const vocabId = new Map(vocab.map((w, i) => [w, i]));
  // Context ids: 0 = sentence edge, then the most frequent forms.
  const ctxId = new Map(byFreq.slice(0, nContexts).map(([w], i) => [w, i + 1]));
  const width = nContexts + 1;
  const dims = OFFSETS.length * width;

  const rows = vocab.map(() => new Map<number, number>());
  const ctxTotals = new Float64Array(dims);
  for (const s of keyed) {
    for (let i = 0; i < s.length; i++) {
      const v = vocabId.get(s[i]!);
      if (v === undefined) continue;
      OFFSETS.forEach((off, o) => {
        const j = i + off;
        const c = j < 0 || j >= s.length ? 0 : ctxId.get(s[j]!);
        if (c === undefined) return;
        const d = o * width + c;
        rows[v]!.set(d, (rows[v]!.get(d) ?? 0) + 1);
        ctxTotals[d]! += 1;
      });
    }
  }
  const vectors = rows.map((row) => ppmiRow(row, ctxTotals));

  const leafOf = new Map<string, number>();
  const split = (members: number[], level: number, path: number): void => {
    if (level === depth || members.length < 2) {
      for (const m of members) leafOf.set(vocab[m]!, path << (depth - level));
      return;
    }
    const [left, right] = bisect(members, vectors, dims, opts.iterations ?? 4);
    split(left, level + 1, path << 1);
    split(right, level + 1, (path << 1) | 1);
  };
  split(
    vocab.map((_, i) => i),
    0,
    0,
  );
  return encodeClusters(leafOf, depth);
}

/** PPMI with context smoothing (counts^0.75), as unit-length sparse vector. */
function ppmiRow(row: Map<number, number>, ctxTotals: Float64Array): Sparse {
  let total = 0;
  for (const c of row.values()) total += c;
  const smoothed = smoothedTotals(ctxTotals);
  const idx: number[] = [];
  const val: number[] = [];
  for (const [d, c] of [...row].sort((a, b) => a[0] - b[0])) {
    const pmi = Math.log(c / total / smoothed.p[d]!);
    if (pmi > 0) {
      idx.push(d);
      val.push(pmi);
    }
  }
  const norm = Math.hypot(...val) || 1;
  return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((x) => x / norm)) };
}

let smoothCache: { of: Float64Array; p: Float64Array } | null = null;
function smoothedTotals(ctxTotals: Float64Array): { p: Float64Array } {
  if (smoothCache?.of === ctxTotals) return smoothCache;
  const p = ctxTotals.map((c) => c ** 0.75);
  const sum = p.reduce((a, b) => a + b, 0);
  for (let i = 0; i < p.length; i++) p[i] = p[i]! / sum;
  smoothCache = { of: ctxTotals, p };
  return smoothCache;
}

function dot(v: Sparse, c: Float64Array): number {
  let s = 0;
  for (let k = 0; k < v.idx.length; k++) s += v.val[k]! * c[v.idx[k]!]!;
  return s;
}

function centroid(members: number[], vectors: Sparse[], dims: number, unit = true): Float64Array {
  const c = new Float64Array(dims);
  for (const m of members) {
    const v = vectors[m]!;
    for (let k = 0; k < v.idx.length; k++) c[v.idx[k]!]! += v.val[k]!;
  }
  let n = 0;
  for (let i = 0; i < dims; i++) n += c[i]! * c[i]!;
  n = unit ? Math.sqrt(n) || 1 : members.length || 1;
  for (let i = 0; i < dims; i++) c[i] = c[i]! / n;
  return c;
}

/**
 * Splits `members` in two halves of equal size along their first principal direction (found by
 * power iteration from a fixed start, so no randomness), then moves words between the halves as
 * 2-means would while each keeps at least a third of the words.
 */
function bisect(members: number[], vectors: Sparse[], dims: number, iterations: number): [number[], number[]] {
  const mean = centroid(members, vectors, dims, false);
  let x = new Float64Array(dims).map((_, i) => Math.sin(i + 1));
  for (let it = 0; it < 12; it++) {
    const mx = dotDense(mean, x);
    const y = new Float64Array(dims);
    for (const m of members) {
      const v = vectors[m]!;
      const p = dot(v, x) - mx;
      for (let k = 0; k < v.idx.length; k++) y[v.idx[k]!]! += v.val[k]! * p;
      // The mean's share: Σ (v - μ) p = Σ v p - μ Σ p, and Σ p is 0 up to rounding.
    }
    const n = Math.hypot(...y) || 1;
    x = y.map((t) => t / n);
  }
  let score = (m: number): number => dot(vectors[m]!, x);
  for (let it = 0; it <= iterations; it++) {
    const order = members.map((m) => [m, score(m)] as const).sort((p, q) => q[1] - p[1] || p[0] - q[0]);
    // Split at 0 (2-means) but never leave either side under a third of the words.
    let cut = order.findIndex(([, sc]) => sc < 0);
    if (it === 0 || cut < 0) cut = order.length >> 1;
    cut = Math.min(Math.max(cut, Math.ceil(order.length / 3)), order.length - Math.ceil(order.length / 3));
    const left = order.slice(0, cut).map(([m]) => m);
    const right = order.slice(cut).map(([m]) => m);
    if (it === iterations) return [left.sort((p, q) => p - q), right.sort((p, q) => p - q)];
    const a = centroid(left, vectors, dims);
    const b = centroid(right, vectors, dims);
    score = (m: number): number => dot(vectors[m]!, a) - dot(vectors[m]!, b);
  }
  throw new Error('unreachable');
}

function dotDense(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
