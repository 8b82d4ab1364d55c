// Many-to-many EM alignment of Arabic letters to English chunks (training only; not shipped).
// Each Arabic chunk of 1..maxAr letters pairs with 0..maxEn English letters; short vowels, which
// Arabic does not write, end up attached to a neighbouring consonant ("م|mo", "ح|ha").

export interface AlignInput {
  ar: string;
  en: string;
  weight: number;
}

export interface AlignOptions {
  maxAr: number;
  maxEn: number;
  iterations: number;
}

type Table = Map<string, number>;

function unit(ar: string, en: string): string {
  return ar + '|' + en;
}

function forward(ar: string, en: string, p: Table, o: AlignOptions): Float64Array[] {
  const n = ar.length;
  const m = en.length;
  const alpha = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  alpha[0]![0] = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= m; j++) {
      const from = alpha[i]![j]!;
      if (from === 0) continue;
      for (let a = 1; a <= o.maxAr && i + a <= n; a++) {
        const x = ar.slice(i, i + a);
        for (let b = 0; b <= o.maxEn && j + b <= m; b++) {
          const q = p.get(unit(x, en.slice(j, j + b)));
          if (q) alpha[i + a]![j + b]! += from * q;
        }
      }
    }
  }
  return alpha;
}

function backward(ar: string, en: string, p: Table, o: AlignOptions): Float64Array[] {
  const n = ar.length;
  const m = en.length;
  const beta = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  beta[n]![m] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let s = 0;
      for (let a = 1; a <= o.maxAr && i + a <= n; a++) {
        const x = ar.slice(i, i + a);
        for (let b = 0; b <= o.maxEn && j + b <= m; b++) {
          const q = p.get(unit(x, en.slice(j, j + b)));
          if (q) s += q * beta[i + a]![j + b]!;
        }
      }
      beta[i]![j] = s;
    }
  }
  return beta;
}

function initialTable(pairs: AlignInput[], o: AlignOptions): Table {
  const p: Table = new Map();
  for (const { ar, en } of pairs) {
    for (let i = 0; i < ar.length; i++) {
      for (let a = 1; a <= o.maxAr && i + a <= ar.length; a++) {
        for (let j = 0; j <= en.length; j++) {
          for (let b = 0; b <= o.maxEn && j + b <= en.length; b++)
            p.set(unit(ar.slice(i, i + a), en.slice(j, j + b)), 1);
        }
      }
    }
  }
  return normalise(p);
}

function normalise(counts: Table): Table {
  let total = 0;
  for (const v of counts.values()) total += v;
  const p: Table = new Map();
  for (const [k, v] of counts) if (v > 0) p.set(k, v / total);
  return p;
}

export interface Aligned {
  /** Best unit sequence ("ar|en" strings). */
  units: string[];
  /** Natural log of its probability under the final unit table (low for misaligned noise pairs). */
  logProb: number;
}

/** Runs EM and returns, for each pair, its best alignment, or null if unalignable. */
export function alignPairs(pairs: AlignInput[], o: AlignOptions, log?: (msg: string) => void): (Aligned | null)[] {
  let p = initialTable(pairs, o);
  for (let it = 0; it < o.iterations; it++) {
    const counts: Table = new Map();
    let ll = 0;
    for (const { ar, en, weight } of pairs) {
      const alpha = forward(ar, en, p, o);
      const beta = backward(ar, en, p, o);
      const z = alpha[ar.length]![en.length]!;
      if (!(z > 0)) continue;
      ll += weight * Math.log(z);
      for (let i = 0; i < ar.length; i++) {
        for (let j = 0; j <= en.length; j++) {
          const from = alpha[i]![j]!;
          if (from === 0) continue;
          for (let a = 1; a <= o.maxAr && i + a <= ar.length; a++) {
            const x = ar.slice(i, i + a);
            for (let b = 0; b <= o.maxEn && j + b <= en.length; b++) {
              const k = unit(x, en.slice(j, j + b));
              const q = p.get(k);
              if (!q) continue;
              const post = (from * q * beta[i + a]![j + b]!) / z;
              if (post > 1e-9) counts.set(k, (counts.get(k) ?? 0) + weight * post);
            }
          }
        }
      }
    }
    p = normalise(counts);
    log?.(`EM iteration ${it + 1}: log-likelihood ${ll.toFixed(0)}, ${p.size} units`);
  }
  return pairs.map(({ ar, en }) => viterbi(ar, en, p, o));
}

function viterbi(ar: string, en: string, p: Table, o: AlignOptions): Aligned | null {
  const n = ar.length;
  const m = en.length;
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(-Infinity));
  const back: (string | null)[][] = Array.from({ length: n + 1 }, () => new Array<string | null>(m + 1).fill(null));
  best[0]![0] = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= m; j++) {
      const from = best[i]![j]!;
      if (from === -Infinity) continue;
      for (let a = 1; a <= o.maxAr && i + a <= n; a++) {
        const x = ar.slice(i, i + a);
        for (let b = 0; b <= o.maxEn && j + b <= m; b++) {
          const k = unit(x, en.slice(j, j + b));
          const q = p.get(k);
          if (!q) continue;
          const s = from + Math.log(q);
          if (s > best[i + a]![j + b]!) {
            best[i + a]![j + b] = s;
            back[i + a]![j + b] = k;
          }
        }
      }
    }
  }
  if (best[n]![m] === -Infinity) return null;
  const units: string[] = [];
  let i = n;
  let j = m;
  while (i > 0) {
    const k = back[i]![j]!;
    units.push(k);
    const bar = k.indexOf('|');
    i -= bar;
    j -= k.length - bar - 1;
  }
  return { units: units.reverse(), logProb: best[n]![m]! };
}
