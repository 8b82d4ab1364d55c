// Posting lists of the notes' word index: for one term, the notes that hold it as packed pairs
// (time, doc) in a Float64Array, ascending by time then doc number. The doc number is the note's
// own small number in the index, so a pair is unique and two lists are joined by comparing pairs,
// without reading a note. Kept as sorted arrays, a search is a merge or an intersection of a few
// arrays, however many notes there are; the background stores each list in chunks of CHUNK pairs.

/** Pairs per stored chunk: a save rewrites one chunk of each of its terms, not the whole list. */
export const CHUNK = 2048;

export type Pairs = Float64Array;

/** Negative when pair i of a is older than pair j of b. */
const cmpAt = (a: Pairs, i: number, b: Pairs, j: number) => a[2 * i]! - b[2 * j]! || a[2 * i + 1]! - b[2 * j + 1]!;

export const size = (p: Pairs) => p.length >> 1;

/** Pairs given in any order as [time, doc, time, doc, ...], sorted, repeats dropped. */
export function sortPairs(flat: readonly number[]): Pairs {
  const order = Array.from({ length: flat.length >> 1 }, (_, i) => i);
  order.sort((x, y) => flat[2 * x]! - flat[2 * y]! || flat[2 * x + 1]! - flat[2 * y + 1]!);
  const out: number[] = [];
  for (const i of order) {
    const n = out.length;
    if (n && out[n - 2] === flat[2 * i] && out[n - 1] === flat[2 * i + 1]) continue;
    out.push(flat[2 * i]!, flat[2 * i + 1]!);
  }
  return Float64Array.from(out);
}

export function concat(parts: readonly Pairs[]): Pairs {
  if (parts.length === 1) return parts[0]!;
  const out = new Float64Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The pairs in any of the lists (a prefix of the query opens onto several terms). */
export function union(lists: readonly Pairs[]): Pairs {
  if (lists.length === 1) return lists[0]!;
  let out: Pairs = new Float64Array(0);
  for (const l of lists) out = mergeTwo(out, l);
  return out;
}

function mergeTwo(a: Pairs, b: Pairs): Pairs {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  const take = (p: Pairs, k: number) => {
    out[n++] = p[2 * k]!;
    out[n++] = p[2 * k + 1]!;
  };
  while (i < size(a) && j < size(b)) {
    const c = cmpAt(a, i, b, j);
    if (c < 0) take(a, i++);
    else if (c > 0) take(b, j++);
    else {
      take(a, i++);
      j++;
    }
  }
  while (i < size(a)) take(a, i++);
  while (j < size(b)) take(b, j++);
  return out.subarray(0, n);
}

/** The first index in `p` from `lo` whose pair is not older than pair j of q (galloping, then binary). */
function seek(p: Pairs, lo: number, q: Pairs, j: number): number {
  let step = 1;
  let hi = lo;
  while (hi < size(p) && cmpAt(p, hi, q, j) < 0) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, size(p));
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmpAt(p, mid, q, j) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The pairs in every list: the shortest list is walked, each other one jumped through. */
export function intersect(lists: readonly Pairs[]): Pairs {
  if (!lists.length) return new Float64Array(0);
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [first, ...rest] = sorted as [Pairs, ...Pairs[]];
  if (!rest.length) return first;
  const at = rest.map(() => 0);
  const out = new Float64Array(first.length);
  let n = 0;
  outer: for (let i = 0; i < size(first); i++) {
    for (let r = 0; r < rest.length; r++) {
      at[r] = seek(rest[r]!, at[r]!, first, i);
      if (at[r]! >= size(rest[r]!)) break outer;
      if (cmpAt(rest[r]!, at[r]!, first, i) !== 0) continue outer;
    }
    out[n++] = first[2 * i]!;
    out[n++] = first[2 * i + 1]!;
  }
  return out.subarray(0, n);
}

/** The pairs of `p` not in `drop` (both sorted). */
export function without(p: Pairs, drop: Pairs): Pairs {
  if (!drop.length) return p;
  const out = new Float64Array(p.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < size(p); i++) {
    j = seek(drop, j, p, i);
    if (j < size(drop) && cmpAt(drop, j, p, i) === 0) continue;
    out[n++] = p[2 * i]!;
    out[n++] = p[2 * i + 1]!;
  }
  return out.subarray(0, n);
}

/** A stored chunk: its first pair (its key) and its pairs. */
export interface Chunk {
  low: [number, number];
  pairs: Pairs;
}

/** What to write for one term: the chunks to delete (by their first pair) and the chunks to put. */
export interface Rewrite {
  drop: [number, number][];
  put: Pairs[];
}

/**
 * Applies added and dropped pairs to consecutive stored chunks of one term (the chunk holding the
 * oldest change and every newer one). Each chunk keeps its span up to the next chunk's first pair,
 * the first also takes what is older than it; only the chunks that changed are rewritten, split in
 * even parts of at most `max` pairs when they grew past it.
 */
export function rechunk(chunks: readonly Chunk[], add: Pairs, drop: Pairs, max = CHUNK): Rewrite {
  const out: Rewrite = { drop: [], put: [] };
  if (!chunks.length) {
    out.put = split(add, max);
    return out;
  }
  let a = 0;
  for (let k = 0; k < chunks.length; k++) {
    const next = chunks[k + 1]?.low;
    const below = (p: Pairs, i: number) => !next || (p[2 * i]! - next[0] || p[2 * i + 1]! - next[1]) < 0;
    const start = a;
    while (a < size(add) && below(add, a)) a++;
    const mine = add.subarray(2 * start, 2 * a);
    const old = chunks[k]!.pairs;
    // Drops first: a note written again under the same time and number stays.
    const now = union([without(old, drop), mine]);
    if (now.length === old.length && now.every((x, i) => x === old[i])) continue;
    out.drop.push(chunks[k]!.low);
    out.put.push(...split(now, max));
  }
  return out;
}

function split(p: Pairs, max: number): Pairs[] {
  const parts = Math.ceil(size(p) / max);
  const out: Pairs[] = [];
  for (let k = 0; k < parts; k++) {
    const from = Math.floor((k * size(p)) / parts);
    const to = Math.floor(((k + 1) * size(p)) / parts);
    out.push(p.slice(2 * from, 2 * to));
  }
  return out;
}
