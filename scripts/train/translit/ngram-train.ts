// Counts an n-gram model over aligned unit sequences (training only; not shipped): Witten-Bell
// counts, or interpolated Kneser-Ney (lower orders hold continuation counts, one discount per order).

import type { TranslitModel } from '../../../lib/translit/types';

export interface NgramOptions {
  order: number;
  /** Units seen fewer times than this are dropped from the model. */
  minUnitCount: number;
  /** n-grams of order ≥ 2 seen fewer times than this are pruned (their mass goes to backoff). */
  minNgramCount: number;
  /** minNgramCount applies to histories of at least this many units (default 1: all but unigrams). */
  pruneFrom?: number;
  /** 'wb' (default) or 'kn'. */
  smoothing?: 'wb' | 'kn';
  /** Kneser-Ney only: multiplies the estimated discounts (tuning knob; default 1). */
  discountScale?: number;
}

type Counts = Map<string, Map<number, number>>;

/** Builds the model (without the exception table) from weighted unit sequences. */
export function trainNgrams(
  seqs: { units: string[]; weight: number }[],
  o: NgramOptions,
): Omit<TranslitModel, 'table'> {
  const unitCount = new Map<string, number>();
  for (const s of seqs) for (const u of s.units) unitCount.set(u, (unitCount.get(u) ?? 0) + s.weight);
  const units = [
    '|',
    ...[...unitCount]
      .filter(([, n]) => n >= o.minUnitCount)
      .sort((a, b) => b[1] - a[1])
      .map(([u]) => u),
  ];
  const id = new Map(units.map((u, i) => [u, i]));

  // history key → next id → weighted count (history ids of dropped units become -1).
  const counts: Counts = new Map();
  for (const s of seqs) {
    const ids = [...s.units.map((u) => id.get(u) ?? -1), 0];
    const hist = new Array<number>(o.order - 1).fill(0);
    for (const w of ids) {
      for (let k = 0; k < o.order; k++) {
        const h = hist.slice(hist.length - k);
        if (h.includes(-1)) break;
        const key = h.join(' ');
        let m = counts.get(key);
        if (!m) counts.set(key, (m = new Map()));
        m.set(w, (m.get(w) ?? 0) + s.weight);
      }
      hist.shift();
      hist.push(w);
    }
  }

  const kn = o.smoothing === 'kn';
  const stored = kn ? continuationCounts(counts, o.order) : counts;
  const ngrams: Record<string, number[]> = {};
  for (const [key, next] of stored) {
    let total = 0;
    for (const n of next.values()) total += n;
    const kept: number[] = [];
    const minCount = historyLength(key) >= Math.max(1, o.pruneFrom ?? 1) ? o.minNgramCount : 0;
    for (const [w, n] of [...next].sort((a, b) => b[1] - a[1])) {
      if (w >= 0 && n >= minCount) kept.push(w, round(n));
    }
    if (kept.length > 0) ngrams[key] = [round(total), next.size, ...kept];
  }
  const base = { version: 1, order: o.order, units, ngrams };
  if (!kn) return base;
  const scale = o.discountScale ?? 1;
  return { ...base, version: 2, smoothing: 'kn', discounts: discounts(stored, o.order).map((d) => round2(d * scale)) };
}

function historyLength(key: string): number {
  return key === '' ? 0 : key.split(' ').length;
}

/**
 * Kneser-Ney keeps raw counts at the top order and for histories that start at the word start
 * (padding id 0: nothing can precede them); elsewhere the count of (h, w) becomes the number of
 * distinct units v seen before it, i.e. the number of histories (v h) that have w as a follower.
 */
export function continuationCounts(counts: Counts, order: number): Counts {
  const out: Counts = new Map();
  for (const [key, next] of counts) {
    const len = historyLength(key);
    if (len === order - 1 || (len > 0 && key.split(' ')[0] === '0')) out.set(key, new Map(next));
  }
  for (const [key, next] of counts) {
    const len = historyLength(key);
    if (len === 0) continue;
    const lower = key.split(' ').slice(1).join(' ');
    if (lower !== '' && lower.split(' ')[0] === '0') continue;
    let m = out.get(lower);
    if (!m) out.set(lower, (m = new Map()));
    for (const w of next.keys()) m.set(w, (m.get(w) ?? 0) + 1);
  }
  return out;
}

/** Absolute discount per history length, D = n1 / (n1 + 2 n2) over rounded counts. */
export function discounts(counts: Counts, order: number): number[] {
  const n1 = new Array<number>(order).fill(0);
  const n2 = new Array<number>(order).fill(0);
  for (const [key, next] of counts) {
    const len = historyLength(key);
    for (const c of next.values()) {
      const r = Math.round(c);
      if (r <= 1) n1[len]!++;
      else if (r === 2) n2[len]!++;
    }
  }
  return n1.map((a, k) => (a + n2[k]! > 0 ? Math.min(0.95, Math.max(0.05, a / (a + 2 * n2[k]!))) : 0.5));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
