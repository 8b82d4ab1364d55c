// Beam search over the joint-sequence model: splits an Arabic key into model units and returns the
// English spellings with the highest summed probability.

import type { Lexicon, WordRange } from './lexicon';
import type { TranslitModel } from './types';

/**
 * The Witten-Bell counts in typed arrays: per history its total and number of distinct followers,
 * and its followers in stored order with their counts (two flat lists). Tens of thousands of small
 * Maps cost several MB of heap; this costs none. Half the histories have one follower and 99% at most
 * 40: a row is scanned, and only the few long ones get an index, made when the decoder first asks
 * (a hash table of every pair cost the first guessed name 45 ms of cold code to fill).
 */
export interface Counts {
  index: Map<string, number>;
  total: Float64Array;
  types: Float64Array;
  /** Followers of history h: follow[from[h] .. from[h + 1]). */
  from: Int32Array;
  follow: Int32Array;
  /** followCount[k]: the count of follow[k] after its history. */
  followCount: Float64Array;
  units: number;
  /** Kneser-Ney only: the discount and the mass left to the shorter history, per history. */
  discount: Float64Array;
  backoff: Float64Array;
}

/** The tables from the model's JSON counts; the extension loads them prebuilt (counts-binary.ts). */
// One flat function of plain loops (no entries, closures or split keys): it runs once, on the first
// guessed name, mostly before V8 has optimised it, so its cold cost is the first page's.
export function buildCounts(model: TranslitModel): Counts {
  // The extension's build leaves the counts out of the bundled JSON (they come as a binary file).
  if (!model.ngrams) throw new Error('name model: its n-gram counts are missing (load them with nameCountsFromBinary)');
  const ngrams = model.ngrams;
  const keys = Object.keys(ngrams);
  const h = keys.length;
  const rows: number[][] = new Array(h);
  const total = new Float64Array(h);
  const types = new Float64Array(h);
  const from = new Int32Array(h + 1);
  let pairs = 0;
  let units = model.units.length;
  for (let k = 0; k < h; k++) {
    const v = ngrams[keys[k]!]!;
    rows[k] = v;
    for (let i = 2; i + 1 < v.length; i += 2) if (v[i]! >= units) units = v[i]! + 1;
    if (v.length > 2) pairs += (v.length - 2) >> 1;
  }
  const follow = new Int32Array(pairs);
  const followCount = new Float64Array(pairs);
  const index = new Map<string, number>();
  const discount = new Float64Array(h);
  const backoff = new Float64Array(h);
  const kn = model.smoothing === 'kn';
  const discounts = model.discounts;
  let at = 0;
  for (let k = 0; k < h; k++) {
    const key = keys[k]!;
    const v = rows[k]!;
    index.set(key, k);
    const t = v[0]!;
    total[k] = t;
    types[k] = v[1]!;
    from[k] = at;
    let d = 0;
    if (kn) {
      // The history's length in units, from its spaces (indexOf is native even in cold code).
      let order = key === '' ? 0 : 1;
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) order++;
      d = discounts?.[order] ?? 0.5;
    }
    discount[k] = d;
    // Whatever the kept counts do not claim (discounts and pruned followers) goes to the backoff.
    let claimed = 0;
    for (let i = 2; i + 1 < v.length; i += 2) {
      const w = v[i]!;
      const c = v[i + 1]!;
      if (c > d) claimed += c - d;
      follow[at] = w;
      followCount[at++] = c;
    }
    backoff[k] = t > 0 ? Math.max(0, 1 - claimed / t) : 1;
  }
  from[h] = at;
  return { index, total, types, from, follow, followCount, units, discount, backoff };
}

/** Rows longer than this are looked up through an index of their own rather than scanned. */
const SCANNED_ROW = 16;

/**
 * Count of unit w after history h (0 when unseen), read from the decoder's own tables. A repeated
 * follower keeps its last count, as Map.set did: a row is scanned from its end, an index keeps the
 * last position it was given.
 */
function countReader(c: Counts): (h: number, w: number) => number {
  const indexes = new Map<number, Map<number, number>>();
  const rowIndex = (h: number, from: number, to: number) => {
    const made = new Map<number, number>();
    for (let k = from; k < to; k++) made.set(c.follow[k]!, k);
    indexes.set(h, made);
    return made;
  };
  return (h, w) => {
    const from = c.from[h]!;
    const to = c.from[h + 1]!;
    if (to - from <= SCANNED_ROW) {
      for (let k = to - 1; k >= from; k--) if (c.follow[k] === w) return c.followCount[k]!;
      return 0;
    }
    const k = (indexes.get(h) ?? rowIndex(h, from, to)).get(w);
    return k === undefined ? 0 : c.followCount[k]!;
  };
}

interface State {
  hist: number[];
  histKey: string;
  score: number;
  en: string;
  /** Held to a word list: the list's words that start with `en`. */
  words?: WordRange;
}

export interface Candidate {
  en: string;
  /** Natural log of the summed probability of all segmentations that spell `en`. */
  logProb: number;
}

export interface Decoder {
  /** `only`: spellings of that word list alone, searched with `beam` states per letter. */
  decode(arKey: string, nBest?: number, only?: Lexicon, beam?: number): Candidate[];
  /** True when the model has at least one unit starting with this letter. */
  knows(letter: string): boolean;
}

/** Global candidates per Arabic chunk (most frequent units first), besides what the context predicts. */
const TOP_UNITS = 12;

/** The tables prebuilt (counts-binary.ts), or a function that loads them when first needed. */
export type CountsSource = Counts | (() => Counts);

/** `counts`: the tables prebuilt, else built from the model's JSON on first use. */
export function createDecoder(model: TranslitModel, beamWidth = 8, counts?: CountsSource): Decoder {
  // Built on first use: a page whose names are all in the gazetteer never needs the model.
  let built: Decoder | null = null;
  const tables = () => (typeof counts === 'function' ? counts() : (counts ?? buildCounts(model)));
  const ready = (): Decoder => (built ??= buildDecoder(model, beamWidth, tables()));
  return {
    decode: (arKey, nBest, only, beam) => ready().decode(arKey, nBest, only, beam),
    knows: (letter) => ready().knows(letter),
  };
}

function buildDecoder(model: TranslitModel, beamWidth: number, counts: Counts): Decoder {
  const byArabic = new Map<string, number[]>();
  const english: string[] = [];
  let maxAr = 1;
  model.units.forEach((u, id) => {
    const bar = u.indexOf('|');
    english.push(u.slice(bar + 1));
    if (id === 0) return;
    const ar = u.slice(0, bar);
    maxAr = Math.max(maxAr, ar.length);
    const list = byArabic.get(ar) ?? [];
    list.push(id);
    byArabic.set(ar, list);
  });
  const arabicOf = model.units.map((u) => u.slice(0, u.indexOf('|')));
  const uniform = 1 / model.units.length;
  const candidateCache = new Map<string, number[]>();

  // Units worth trying after this history: those the history's own counts attest for this chunk,
  // plus the chunk's most frequent units (reached by backoff).
  function candidates(histKey: string, chunk: string): number[] {
    const ck = histKey + '/' + chunk;
    const hit = candidateCache.get(ck);
    if (hit) return hit;
    const all = byArabic.get(chunk) ?? [];
    const out = new Set(all.slice(0, TOP_UNITS));
    const h = counts.index.get(histKey);
    if (h !== undefined) {
      for (let k = counts.from[h]!; k < counts.from[h + 1]!; k++) {
        const w = counts.follow[k]!;
        if (arabicOf[w] === chunk) out.add(w);
      }
    }
    const list = [...out];
    if (candidateCache.size > 100_000) candidateCache.clear();
    candidateCache.set(ck, list);
    return list;
  }
  const cache = new Map<string, number>();
  const kn = model.smoothing === 'kn';
  const countOf = countReader(counts);

  /** `histKey` is hist.join(' '), which every beam state already holds. */
  function logProb(hist: number[], histKey: string, w: number): number {
    const ck = histKey + '>' + w;
    const hit = cache.get(ck);
    if (hit !== undefined) return hit;
    let p = uniform;
    // The key of the last k units is histKey after its k-th space from the end: sliced, not joined.
    let cut = histKey.length;
    for (let k = 0; k <= hist.length; k++) {
      if (k > 0) cut = histKey.lastIndexOf(' ', cut - 1);
      const h = counts.index.get(k === 0 ? '' : histKey.slice(cut + 1));
      if (h === undefined) break;
      if (kn) {
        p = Math.max(0, countOf(h, w) - counts.discount[h]!) / counts.total[h]! + counts.backoff[h]! * p;
      } else {
        const types = counts.types[h]!;
        p = (countOf(h, w) + types * p) / (counts.total[h]! + types);
      }
    }
    const lp = Math.log(p);
    if (cache.size > 200_000) cache.clear();
    cache.set(ck, lp);
    return lp;
  }

  function decode(arKey: string, nBest = 1, only?: Lexicon, width = beamWidth): Candidate[] {
    const n = arKey.length;
    const beams: Map<string, State>[] = Array.from({ length: n + 1 }, () => new Map());
    const start = new Array<number>(model.order - 1).fill(0);
    beams[0]!.set('', { hist: start, histKey: start.join(' '), score: 0, en: '', words: only?.all() });
    for (let i = 0; i < n; i++) {
      const states = [...beams[i]!.values()].sort((a, b) => b.score - a.score).slice(0, width);
      if (states.length === 0) continue;
      let extended = false;
      for (let a = 1; a <= maxAr && i + a <= n; a++) {
        const chunk = arKey.slice(i, i + a);
        if (!byArabic.has(chunk)) continue;
        extended = true;
        for (const s of states) {
          for (const w of candidates(s.histKey, chunk)) {
            const more = english[w]!;
            // Held to a list, most units leave no word of it: they are dropped before they are scored.
            const words = only && more ? only.extend(s.words!, s.en.length, more) : s.words;
            if (words === null) continue;
            const score = s.score + logProb(s.hist, s.histKey, w);
            // The next history's key from this one's (no array until the state is kept).
            const cut = s.histKey.indexOf(' ');
            const histKey = s.hist.length > 1 ? s.histKey.slice(cut + 1) + ' ' + w : String(w);
            const en = s.en + more;
            // States that agree on the history and the spelling so far are merged (max).
            const key = histKey + '/' + en;
            const old = beams[i + a]!.get(key);
            if (!old || old.score < score)
              beams[i + a]!.set(key, { hist: [...s.hist.slice(1), w], histKey, score, en, words });
          }
        }
      }
      // A letter the model has never seen is skipped rather than stopping the search.
      if (!extended) for (const s of states) beams[i + 1]!.set(s.histKey + '/' + s.en, s);
    }
    const totals = new Map<string, number>();
    for (const s of beams[n]!.values()) {
      if (only && !only.complete(s.words!, s.en.length)) continue;
      const lp = s.score + logProb(s.hist, s.histKey, 0);
      const old = totals.get(s.en);
      totals.set(s.en, old === undefined ? lp : logAdd(old, lp));
    }
    return [...totals]
      .map(([en, lp]) => ({ en, logProb: lp }))
      .sort((a, b) => b.logProb - a.logProb)
      .slice(0, nBest);
  }

  return { decode, knows: (letter) => byArabic.has(letter) };
}

function logAdd(a: number, b: number): number {
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}
