// Overlap resolution: the longest span wins, then a known name over a guess, then by source
// (an in-document coreference is the most specific reading of its token, a tagger guess the least).
import { byStart, lowPart } from './order';
import type { Candidate, Source } from './types';

const SOURCE_RANK: Record<Source, number> = { coref: 0, gazetteer: 1, pattern: 2, rule: 3, tagger: 4, demonym: 5 };

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.end - b.start - (a.end - a.start) ||
    Number(b.known) - Number(a.known) ||
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    a.start - b.start
  );
}

/** Non-overlapping candidates in text order. */
export function merge(cands: readonly Candidate[], taken?: Uint8Array, size?: number): Candidate[] {
  const used = taken ?? new Uint8Array(size ?? cands.reduce((m, c) => Math.max(m, c.end), 0));
  const out: Candidate[] = [];
  const order = byPriority(cands);
  // An indexed loop: for-of here allocated an iterator result per candidate (2.7 MB per MB).
  for (let k = 0; k < order.length; k++) {
    const c = order[k]!;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = used[i] === 0;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    out.push(c);
  }
  return byStart(out);
}

/**
 * The candidates in compareCandidates order. A page has tens of thousands of candidates, so each
 * is packed into one number (length, known, source, start, then input position for stability)
 * and a typed array is sorted; the comparator is the fallback for what does not fit.
 */
function byPriority(cands: readonly Candidate[]): Candidate[] {
  const n = cands.length;
  if (n < 2) return [...cands];
  let fits = n <= IDX;
  for (let i = 0; i < n && fits; i++) fits = cands[i]!.start < START && cands[i]!.end - cands[i]!.start < 64;
  if (!fits) return [...cands].sort(compareCandidates);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    const head = ((63 - (c.end - c.start)) * 2 + (c.known ? 0 : 1)) * 8 + SOURCE_RANK[c.source];
    keys[i] = (head * START + c.start) * IDX + i;
  }
  keys.sort();
  const out = cands.slice(); // not new Array(n), which is holey (order.ts)
  for (let i = 0; i < n; i++) out[i] = cands[lowPart(keys[i]!, IDX)]!;
  return out;
}
const START = 2 ** 22;
const IDX = 2 ** 17;
