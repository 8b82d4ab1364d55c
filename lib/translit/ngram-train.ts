// Counts a Witten-Bell n-gram model over aligned unit sequences (training only; not shipped).

import type { TranslitModel } from './types';

export interface NgramOptions {
  order: number;
  /** Units seen fewer times than this are dropped from the model. */
  minUnitCount: number;
  /** n-grams of order ≥ 2 seen fewer times than this are pruned (their mass goes to backoff). */
  minNgramCount: number;
}

/** Builds the model (without the exception table) from weighted unit sequences. */
export function trainNgrams(seqs: { units: string[]; weight: number }[], o: NgramOptions): Omit<TranslitModel, 'table'> {
  const unitCount = new Map<string, number>();
  for (const s of seqs) for (const u of s.units) unitCount.set(u, (unitCount.get(u) ?? 0) + s.weight);
  const units = ['|', ...[...unitCount].filter(([, n]) => n >= o.minUnitCount).sort((a, b) => b[1] - a[1]).map(([u]) => u)];
  const id = new Map(units.map((u, i) => [u, i]));

  // history key → next id → weighted count (history ids of dropped units become -1).
  const counts = new Map<string, Map<number, number>>();
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

  const ngrams: Record<string, number[]> = {};
  for (const [key, next] of counts) {
    let total = 0;
    for (const n of next.values()) total += n;
    const kept: number[] = [];
    const minCount = key === '' ? 0 : o.minNgramCount;
    for (const [w, n] of [...next].sort((a, b) => b[1] - a[1])) {
      if (w >= 0 && n >= minCount) kept.push(w, round(n));
    }
    if (kept.length > 0) ngrams[key] = [round(total), next.size, ...kept];
  }
  return { version: 1, order: o.order, units, ngrams };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
